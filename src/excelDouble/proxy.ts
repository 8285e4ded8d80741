// The proxy object model of office.js: a proxy names an object, commands on it are queued, and its
// scalar properties become readable only through load() + sync().
import { DoubleContext } from "./context";
import { OfficeDoubleError, officeError } from "./errors";

/** Runs at sync time: the entity, null for a null object, or a thrown OfficeDoubleError. */
export type Resolver<E> = () => E | null;

/** "a, b" / ["a", "b/c"] -> ["a", "b/c"]; undefined means "all scalar properties". */
export function parseLoadPaths(props: string | string[] | undefined): string[] | undefined {
  if (props === undefined || props === null) return undefined;
  const list = Array.isArray(props) ? props : [props];
  const paths = list
    .flatMap((p) => String(p).split(","))
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return paths.length === 0 ? undefined : paths;
}

/** What a load path needs from a navigation property or a collection item. */
export interface Collectable {
  collect(paths: string[] | undefined): void;
  markLoaded(): void;
}

export abstract class ProxyBase<E> implements Collectable {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private cache: { entity: E | null } | undefined;

  /** Scalar properties: readers used by load() at sync time. */
  protected abstract readonly scalars: Readonly<Record<string, (entity: E) => unknown>>;

  constructor(
    readonly context: DoubleContext,
    private readonly resolver: Resolver<E>,
    protected readonly typeName: string
  ) {}

  /** Whether a resolved entity has since been deleted. */
  protected isGone(_entity: E): boolean {
    return false;
  }

  /** Navigation property by name, for load paths such as "format/font/bold". */
  protected navigation(_name: string): Collectable | undefined {
    return undefined;
  }

  /** The entity at sync time (resolved once, then cached like office.js's object paths). */
  resolveOrNull(): E | null {
    if (!this.cache) this.cache = { entity: this.resolver() };
    const entity = this.cache.entity;
    if (entity !== null && this.isGone(entity)) {
      throw officeError("ItemNotFound", `${this.typeName}`, "the object was deleted");
    }
    return entity;
  }

  resolve(location: string): E {
    const entity = this.resolveOrNull();
    if (entity === null) throw officeError("ItemNotFound", location, "the object is a null object");
    return entity;
  }

  /** Queues the null-ness check that *OrNullObject methods send to the host. */
  instantiateNullable(label: string, args: unknown): void {
    this.context.enqueue({
      label,
      args,
      run: () => {
        const isNull = this.resolveOrNull() === null;
        this.context.deliver({ isNullObject: isNull }, () => (this.nullState = isNull));
      },
    });
  }

  /** Marks an item proxy built from loaded collection data as existing. */
  markLoaded(): void {
    this.nullState = false;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw this.context.fail("PropertyNotLoaded", `${this.typeName}.isNullObject`, "isNullObject");
    return this.nullState;
  }

  protected read<T>(name: string): T {
    const location = `${this.typeName}.${name}`;
    if (this.nullState === true) {
      throw this.context.fail("InvalidObjectPath", location, "reading a property of a null object");
    }
    if (!this.loaded.has(name)) {
      throw this.context.report(
        new OfficeDoubleError("PropertyNotLoaded", { location, arg: name })
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a command against this object's entity. */
  protected command(
    member: string,
    args: unknown,
    run: (entity: E, location: string) => void
  ): void {
    const label = `${this.typeName}.${member}`;
    this.context.enqueue({ label, args, run: () => run(this.resolve(label), label) });
  }

  /** Checks that a proxy passed as an argument belongs to this context (office.js throws at once). */
  protected adopt<T>(arg: T): T {
    if (arg instanceof ProxyBase) {
      if ((arg as ProxyBase<unknown>).context !== this.context) {
        throw this.context.fail(
          "InvalidRequestContext",
          `${this.typeName}`,
          "object from another request context"
        );
      }
    }
    return arg;
  }

  /** Creates a child proxy path and charges its arguments to the next request. */
  protected pathArgs(args: unknown): void {
    this.context.assertOpen(this.typeName);
    this.context.addPathBytes(args);
  }

  load(props?: string | string[]): this {
    const paths = parseLoadPaths(props);
    this.context.enqueue({
      label: `${this.typeName}.load`,
      args: paths ?? null,
      run: () => this.collect(paths),
    });
    return this;
  }

  /** Runs a load at sync time: reads the requested scalars now, hands them over when the sync succeeds. */
  collect(paths: string[] | undefined): void {
    const entity = this.resolveOrNull();
    if (entity === null) {
      this.context.deliver({ isNullObject: true }, () => (this.nullState = true));
      return;
    }
    const own = paths === undefined ? Object.keys(this.scalars) : [];
    const nested = new Map<string, string[]>();
    for (const path of paths ?? []) {
      const [head, ...rest] = path.split("/");
      if (rest.length === 0 && head in this.scalars) own.push(head);
      else if (this.collectSpecial(head, rest)) continue;
      else {
        const child = this.navigation(head);
        if (!child)
          throw officeError(
            "InvalidArgument",
            `${this.typeName}.load`,
            `unknown property "${head}"`
          );
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      }
    }
    const data: Record<string, unknown> = {};
    for (const name of own) data[name] = this.scalars[name](entity);
    this.context.deliver(data, () => {
      this.nullState = false;
      for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
    });
    for (const [name, rest] of nested)
      this.navigation(name)?.collect(rest.length ? rest : undefined);
  }

  /** Hook for collections ("items/..."); returns true when it handled the path. */
  protected collectSpecial(_head: string, _rest: string[]): boolean {
    return false;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

/** A proxy whose entity is created by a queued command (add()); resolves to what the command made. */
export function createdBy<E>(label: string): { resolver: Resolver<E>; set(entity: E): void } {
  let created: E | undefined;
  return {
    resolver: () => {
      if (created === undefined)
        throw officeError("ItemNotFound", label, "the add() before it did not run");
      return created;
    },
    set: (entity) => (created = entity),
  };
}

interface ItemSelection {
  all: boolean;
  paths: string[];
}

/**
 * A collection proxy: `items` is a loaded property whose elements are fresh proxies for the entities
 * that existed when the load ran. Like office.js, a plain property name loads that property on the
 * items ("name" == "items/name").
 */
export abstract class CollectionProxy<O, E, I extends Collectable> extends ProxyBase<O> {
  protected abstract entities(owner: O): E[];
  protected abstract itemProxy(entity: E): I;

  get items(): I[] {
    return this.read<I[]>("items");
  }

  override collect(paths: string[] | undefined): void {
    const owner = this.resolveOrNull();
    if (owner === null) {
      super.collect(paths);
      return;
    }
    const own: string[] = [];
    let selection: ItemSelection | undefined =
      paths === undefined ? { all: true, paths: [] } : undefined;
    const select = (path: string | undefined): void => {
      selection = selection ?? { all: false, paths: [] };
      if (path === undefined) selection.all = true;
      else selection.paths.push(path);
    };
    for (const path of paths ?? []) {
      if (path === "items") select(undefined);
      else if (path.startsWith("items/")) select(path.slice("items/".length));
      else if (path in this.scalars) own.push(path);
      else select(path);
    }
    super.collect(paths === undefined ? Object.keys(this.scalars) : own);
    if (!selection) return;
    const chosen: ItemSelection = selection;
    const items = this.entities(owner).map((entity) => this.itemProxy(entity));
    for (const item of items) item.collect(chosen.all ? undefined : chosen.paths);
    this.context.deliver({ count: items.length }, () => {
      for (const item of items) item.markLoaded();
      this.setLoaded("items", items);
    });
  }
}
