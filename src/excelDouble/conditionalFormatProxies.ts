// Conditional formats: stored per sheet with their rectangle; a range sees those that intersect it.
import type {
  XCellValueConditionalFormat,
  XConditionalFormat,
  XConditionalFormatCollection,
} from "../excel";
import { intersects } from "./address";
import { normalizeColor } from "./colors";
import { DoubleContext } from "./context";
import { CellValueRule, ColorScaleCriteria, ConditionalFormatEntity, RangeRef } from "./entities";
import { officeError } from "./errors";
import { Collectable, CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
const CRITERION_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];

export class ConditionalFormatCollectionProxy
  extends CollectionProxy<RangeRef, ConditionalFormatEntity, ConditionalFormatProxy>
  implements XConditionalFormatCollection
{
  protected readonly scalars = { count: (ref: RangeRef) => this.entities(ref).length };

  constructor(context: DoubleContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, "ConditionalFormatCollection");
  }

  protected override isGone(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  protected entities(ref: RangeRef): ConditionalFormatEntity[] {
    return this.context.model.conditionalFormats.filter(
      (f) => f.sheet === ref.sheet && intersects(f.rect, ref.rect)
    );
  }

  protected itemProxy(format: ConditionalFormatEntity): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => format);
  }

  add(type: "ColorScale" | "CellValue"): XConditionalFormat {
    const location = "ConditionalFormatCollection.add";
    const created = createdBy<ConditionalFormatEntity>(location);
    this.command("add", [type], (ref) => {
      if (type !== "ColorScale" && type !== "CellValue")
        throw officeError("InvalidArgument", location, `type ${String(type)}`);
      const model = this.context.model;
      model.counters.conditionalFormat += 1;
      const format = new ConditionalFormatEntity(
        String(model.counters.conditionalFormat),
        ref.sheet,
        { ...ref.rect },
        type
      );
      model.conditionalFormats.push(format);
      created.set(format);
    });
    return new ConditionalFormatProxy(this.context, created.resolver);
  }

  clearAll(): void {
    this.command("clearAll", [], (ref) => {
      const doomed = new Set(this.entities(ref));
      for (const f of doomed) f.deleted = true;
      this.context.model.conditionalFormats = this.context.model.conditionalFormats.filter(
        (f) => !doomed.has(f)
      );
    });
  }
}

export class ConditionalFormatProxy
  extends ProxyBase<ConditionalFormatEntity>
  implements XConditionalFormat
{
  readonly colorScale: ColorScaleProxy;
  readonly cellValue: CellValueFormatProxy;

  protected readonly scalars = {
    id: (f: ConditionalFormatEntity) => f.id,
    type: (f: ConditionalFormatEntity) => f.type,
  };

  constructor(context: DoubleContext, resolver: Resolver<ConditionalFormatEntity>) {
    super(context, resolver, "ConditionalFormat");
    this.colorScale = new ColorScaleProxy(context, () => this.ofType("ColorScale"));
    this.cellValue = new CellValueFormatProxy(context, () => this.ofType("CellValue"));
  }

  /** The typed part of a format only exists for that type (office.js has *OrNullObject twins for this). */
  private ofType(type: ConditionalFormatEntity["type"]): ConditionalFormatEntity | null {
    const format = this.resolveOrNull();
    if (format !== null && format.type !== type) {
      throw officeError(
        "InvalidOperation",
        `ConditionalFormat.${type}`,
        `this is a ${format.type} format`
      );
    }
    return format;
  }

  protected override isGone(format: ConditionalFormatEntity): boolean {
    return format.deleted;
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "colorScale") return this.colorScale;
    if (name === "cellValue") return this.cellValue;
    return undefined;
  }

  get type(): Excel.ConditionalFormat["type"] {
    return this.read("type");
  }

  delete(): void {
    this.command("delete", [], (format) => {
      format.deleted = true;
      this.context.model.conditionalFormats = this.context.model.conditionalFormats.filter(
        (f) => f !== format
      );
    });
  }
}

function checkCriteria(criteria: unknown, location: string): ColorScaleCriteria {
  const c = criteria as Partial<ColorScaleCriteria> | null;
  const parts = [c?.minimum, c?.midpoint, c?.maximum].filter((p) => p !== undefined);
  const valid =
    c !== null &&
    typeof c === "object" &&
    c.minimum !== undefined &&
    c.maximum !== undefined &&
    parts.every(
      (p) => p !== null && typeof p === "object" && CRITERION_TYPES.includes(String(p.type))
    );
  if (!valid)
    throw officeError(
      "InvalidArgument",
      location,
      "colour scale needs minimum and maximum criteria"
    );
  const copy = (p: ColorScaleCriteria["minimum"]): ColorScaleCriteria["minimum"] => ({
    type: String(p.type),
    ...(p.formula !== undefined ? { formula: String(p.formula) } : {}),
    ...(p.color !== undefined ? { color: normalizeColor(p.color, location) } : {}),
  });
  const result: ColorScaleCriteria = {
    minimum: copy(c.minimum as ColorScaleCriteria["minimum"]),
    maximum: copy(c.maximum as ColorScaleCriteria["maximum"]),
  };
  if (c.midpoint) result.midpoint = copy(c.midpoint);
  return result;
}

export class ColorScaleProxy extends ProxyBase<ConditionalFormatEntity> {
  protected readonly scalars = {
    criteria: (f: ConditionalFormatEntity) => structuredCloneCriteria(f.criteria),
  };

  constructor(context: DoubleContext, resolver: Resolver<ConditionalFormatEntity>) {
    super(context, resolver, "ColorScaleConditionalFormat");
  }

  get criteria(): Excel.ConditionalColorScaleCriteria {
    return this.read("criteria");
  }
  set criteria(criteria: Excel.ConditionalColorScaleCriteria) {
    this.command(
      "criteria",
      criteria,
      (format, location) => (format.criteria = checkCriteria(criteria, location))
    );
  }
}

function structuredCloneCriteria(criteria: ColorScaleCriteria): ColorScaleCriteria {
  return JSON.parse(JSON.stringify(criteria)) as ColorScaleCriteria;
}

export class CellValueFormatProxy
  extends ProxyBase<ConditionalFormatEntity>
  implements XCellValueConditionalFormat
{
  readonly format: { readonly fill: ColorPartProxy; readonly font: ColorPartProxy };
  protected readonly scalars = {
    rule: (f: ConditionalFormatEntity): CellValueRule => ({ ...f.rule }),
  };

  constructor(context: DoubleContext, resolver: Resolver<ConditionalFormatEntity>) {
    super(context, resolver, "CellValueConditionalFormat");
    this.format = {
      fill: new ColorPartProxy(context, () => this.resolveOrNull(), "fillColor"),
      font: new ColorPartProxy(context, () => this.resolveOrNull(), "fontColor"),
    };
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this.read("rule");
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this.command("rule", rule, (format, location) => {
      const ok =
        rule !== null &&
        typeof rule === "object" &&
        typeof rule.formula1 === "string" &&
        OPERATORS.includes(String(rule.operator));
      const needsSecond = rule?.operator === "Between" || rule?.operator === "NotBetween";
      if (!ok || (needsSecond && typeof rule.formula2 !== "string"))
        throw officeError("InvalidArgument", location, "invalid cell value rule");
      format.rule = {
        formula1: rule.formula1,
        operator: String(rule.operator),
        ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}),
      };
    });
  }
}

export class ColorPartProxy extends ProxyBase<ConditionalFormatEntity> {
  protected readonly scalars = { color: (f: ConditionalFormatEntity) => f[this.key] };

  constructor(
    context: DoubleContext,
    resolver: Resolver<ConditionalFormatEntity>,
    private readonly key: "fillColor" | "fontColor"
  ) {
    super(context, resolver, key === "fillColor" ? "ConditionalRangeFill" : "ConditionalRangeFont");
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.command(
      "color",
      color,
      (format, location) => (format[this.key] = normalizeColor(color, location))
    );
  }
}
