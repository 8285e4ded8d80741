// Named items (workbook.names). A name refers to cells by sheet entity, so it follows renames and
// becomes #REF! when its sheet is deleted.
import type { XNamedItem, XNamedItemCollection, XRange } from "../excel";
import { formatAddress, parseAddress } from "./address";
import { DoubleContext } from "./context";
import { NamedItemEntity, RangeRef } from "./entities";
import { officeError } from "./errors";
import { CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";
import { RangeProxy } from "./rangeProxies";
import { WorkbookModel, looksLikeCellReference } from "./workbookModel";

export function namedItemFormula(item: NamedItemEntity): string {
  if (item.constant !== undefined) return `="${item.constant.replace(/"/g, '""')}"`;
  return item.ref ? `=${formatAddress(item.ref.sheet.name, item.ref.rect, true)}` : "=#REF!";
}

function validateName(model: WorkbookModel, name: string, location: string): void {
  const valid =
    typeof name === "string" && name.length <= 255 && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name);
  if (!valid || looksLikeCellReference(name))
    throw officeError("InvalidArgument", location, `invalid name "${String(name)}"`);
  if (model.isDefinedNameTaken(name))
    throw officeError("ItemAlreadyExists", location, `name "${name}" exists`);
}

/** "=Sheet1!$A$1:$B$2" refers to cells; a string without "=" is stored as text, as Excel does. */
function referenceOf(
  model: WorkbookModel,
  text: string,
  location: string
): { ref: RangeRef | null; constant?: string } {
  if (!text.startsWith("=")) return { ref: null, constant: text };
  const parsed = parseAddress(text.slice(1), location);
  const sheet =
    parsed.sheetName === undefined ? model.requireActiveSheet() : model.findSheet(parsed.sheetName);
  if (
    !sheet ||
    (parsed.sheetName !== undefined && sheet.name.toLowerCase() !== parsed.sheetName.toLowerCase())
  ) {
    throw officeError("InvalidArgument", location, `unknown sheet in "${text}"`);
  }
  return { ref: { sheet, rect: parsed.rect } };
}

export class NamedItemCollectionProxy
  extends CollectionProxy<WorkbookModel, NamedItemEntity, NamedItemProxy>
  implements XNamedItemCollection
{
  protected readonly scalars = { count: (m: WorkbookModel) => m.names.length };

  constructor(context: DoubleContext) {
    super(context, () => context.model, "NamedItemCollection");
  }

  protected entities(model: WorkbookModel): NamedItemEntity[] {
    return model.names;
  }

  protected itemProxy(item: NamedItemEntity): NamedItemProxy {
    return new NamedItemProxy(this.context, () => item);
  }

  add(name: string, reference: XRange | string, comment?: string): XNamedItem {
    const location = "NamedItemCollection.add";
    const created = createdBy<NamedItemEntity>(location);
    const range = typeof reference === "string" ? undefined : this.adopt(reference);
    if (range !== undefined && !(range instanceof RangeProxy))
      throw this.context.fail("InvalidArgument", location, "not a range");
    const args = [name, typeof reference === "string" ? reference : null, comment ?? null];
    this.command("add", args, (model) => {
      validateName(model, name, location);
      const target = range
        ? { ref: range.resolve(location) }
        : referenceOf(model, reference as string, location);
      const item = new NamedItemEntity(name, target.ref, comment ?? "", target.constant);
      model.names.push(item);
      created.set(item);
    });
    return new NamedItemProxy(this.context, created.resolver);
  }

  getItemOrNullObject(name: string): XNamedItem {
    this.pathArgs([name]);
    const lower = String(name).toLowerCase();
    const item = new NamedItemProxy(
      this.context,
      () => this.context.model.names.find((n) => n.name.toLowerCase() === lower) ?? null
    );
    item.instantiateNullable("NamedItemCollection.getItemOrNullObject", [name]);
    return item;
  }
}

export class NamedItemProxy extends ProxyBase<NamedItemEntity> implements XNamedItem {
  protected readonly scalars = {
    name: (n: NamedItemEntity) => n.name,
    comment: (n: NamedItemEntity) => n.comment,
    formula: (n: NamedItemEntity) => namedItemFormula(n),
    type: (n: NamedItemEntity) => (n.constant !== undefined ? "String" : n.ref ? "Range" : "Error"),
    visible: () => true,
  };

  constructor(context: DoubleContext, resolver: Resolver<NamedItemEntity>) {
    super(context, resolver, "NamedItem");
  }

  protected override isGone(item: NamedItemEntity): boolean {
    return item.deleted;
  }

  get name(): string {
    return this.read("name");
  }

  get comment(): string {
    return this.read("comment");
  }
  set comment(comment: string) {
    this.command("comment", comment, (item) => (item.comment = String(comment)));
  }

  delete(): void {
    this.command("delete", [], (item) => {
      item.deleted = true;
      this.context.model.names = this.context.model.names.filter((n) => n !== item);
    });
  }

  getRange(): XRange {
    this.pathArgs([]);
    return new RangeProxy(this.context, () => {
      const item = this.resolveOrNull();
      if (item === null) return null;
      if (!item.ref)
        throw officeError(
          "InvalidReference",
          "NamedItem.getRange",
          `${item.name} does not refer to cells`
        );
      return item.ref;
    });
  }

  getRangeOrNullObject(): XRange {
    this.pathArgs([]);
    const range = new RangeProxy(this.context, () => this.resolveOrNull()?.ref ?? null);
    range.instantiateNullable("NamedItem.getRangeOrNullObject", []);
    return range;
  }
}
