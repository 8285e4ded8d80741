// Document settings (workbook.settings): values are stored as JSON, as office.js serialises them.
import type { XSetting, XSettingCollection } from "../excel";
import { DoubleContext } from "./context";
import { SettingEntity } from "./entities";
import { officeError } from "./errors";
import { utf8Length } from "./payload";
import { CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";
import { WorkbookModel } from "./workbookModel";

/**
 * Office keeps an add-in's document settings, all of them together, to about 2 MB
 * (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings): the
 * double refuses a write that would take the add-in's settings, keys and JSON values, past it.
 */
export const SETTING_LIMIT_BYTES = 2 * 1024 * 1024;

/** JSON text of a value, or undefined when it cannot be stored (cycles, BigInt, functions, undefined). */
function toJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function checkedJson(
  json: string | undefined,
  location: string,
  model: WorkbookModel,
  key: string
): string {
  if (json === undefined)
    throw officeError("InvalidArgument", location, "the value is not JSON-serializable");
  const others = model.settings
    .filter((s) => s.key !== key)
    .reduce((sum, s) => sum + utf8Length(s.key) + utf8Length(s.json), 0);
  if (others + utf8Length(key) + utf8Length(json) > SETTING_LIMIT_BYTES)
    throw officeError("InvalidArgument", location, "the add-in's settings would be over 2 MB");
  return json;
}

export class SettingCollectionProxy
  extends CollectionProxy<WorkbookModel, SettingEntity, SettingProxy>
  implements XSettingCollection
{
  protected readonly scalars = { count: (m: WorkbookModel) => m.settings.length };

  constructor(context: DoubleContext) {
    super(context, () => context.model, "SettingCollection");
  }

  protected entities(model: WorkbookModel): SettingEntity[] {
    return model.settings;
  }

  protected itemProxy(setting: SettingEntity): SettingProxy {
    return new SettingProxy(this.context, () => setting);
  }

  add(key: string, value: string | number | boolean | object): XSetting {
    const location = "SettingCollection.add";
    const created = createdBy<SettingEntity>(location);
    const json = toJson(value);
    this.command("add", [key, json ?? null], (model) => {
      if (typeof key !== "string" || key === "")
        throw officeError("InvalidArgument", location, "empty key");
      const text = checkedJson(json, location, model, key);
      const existing = model.settings.find((s) => s.key === key);
      if (existing) existing.json = text;
      const setting = existing ?? new SettingEntity(key, text);
      if (!existing) model.settings.push(setting);
      created.set(setting);
    });
    return new SettingProxy(this.context, created.resolver);
  }

  getItemOrNullObject(key: string): XSetting {
    this.pathArgs([key]);
    const setting = new SettingProxy(
      this.context,
      () => this.context.model.settings.find((s) => s.key === key) ?? null
    );
    setting.instantiateNullable("SettingCollection.getItemOrNullObject", [key]);
    return setting;
  }
}

export class SettingProxy extends ProxyBase<SettingEntity> implements XSetting {
  protected readonly scalars = {
    key: (s: SettingEntity) => s.key,
    value: (s: SettingEntity): unknown => JSON.parse(s.json),
  };

  constructor(context: DoubleContext, resolver: Resolver<SettingEntity>) {
    super(context, resolver, "Setting");
  }

  protected override isGone(setting: SettingEntity): boolean {
    return setting.deleted;
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    const json = toJson(value);
    this.command(
      "value",
      json ?? null,
      (setting, location) =>
        (setting.json = checkedJson(json, location, this.context.model, setting.key))
    );
  }

  delete(): void {
    this.command("delete", [], (setting) => {
      setting.deleted = true;
      this.context.model.settings = this.context.model.settings.filter((s) => s !== setting);
    });
  }
}
