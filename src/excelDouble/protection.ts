// What real Excel refuses and the double used to accept: a protected sheet's cells, tables and
// charts ("AccessDenied"), the sheets of a workbook whose structure is protected (no add, delete,
// rename, move, hide), and values or tables over merged cells ("MergedRangeConflict"). Codes are
// Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes); the protection
// objects are Worksheet.protection (ExcelApi 1.2) and Workbook.protection (ExcelApi 1.7), the
// merged areas Range.getMergedAreasOrNullObject (ExcelApi 1.13).
import type { XMergedAreas, XProtection } from "../excel";
import { Rect, formatAddress, intersects } from "./address";
import { DoubleContext } from "./context";
import { RangeRef, SheetEntity } from "./entities";
import { officeError } from "./errors";
import { ProxyBase, Resolver } from "./proxy";

/** A protected sheet refuses any change through the API. */
export function assertSheetEditable(sheet: SheetEntity, location: string): void {
  if (sheet.isProtected)
    throw officeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
}

/** Values, formulas and tables may not overlap a merged area (the double's rule, kept strict). */
export function assertNotMerged(ref: RangeRef, location: string): void {
  const hit = ref.sheet.merged.find((m) => intersects(m, ref.rect));
  if (hit)
    throw officeError(
      "MergedRangeConflict",
      location,
      `${formatAddress(ref.sheet.name, hit)} is merged`
    );
}

export function mergedAreasIn(ref: RangeRef): Rect[] {
  return ref.sheet.merged.filter((m) => intersects(m, ref.rect));
}

/** Worksheet.protection / Workbook.protection: `protected` is all the adapter reads. */
export class ProtectionProxy<E> extends ProxyBase<E> implements XProtection {
  protected readonly scalars: Record<string, (entity: E) => unknown>;

  constructor(
    context: DoubleContext,
    resolver: Resolver<E>,
    typeName: string,
    isProtected: (entity: E) => boolean
  ) {
    super(context, resolver, typeName);
    this.scalars = { protected: isProtected };
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

/** Range.getMergedAreasOrNullObject: a null object when the range holds no merged cell. */
export class MergedAreasProxy
  extends ProxyBase<{ ref: RangeRef; areas: Rect[] }>
  implements XMergedAreas
{
  protected readonly scalars = {
    address: (m: { ref: RangeRef; areas: Rect[] }) =>
      m.areas.map((a) => formatAddress(m.ref.sheet.name, a)).join(","),
    areaCount: (m: { ref: RangeRef; areas: Rect[] }) => m.areas.length,
  };

  constructor(context: DoubleContext, resolver: Resolver<{ ref: RangeRef; areas: Rect[] }>) {
    super(context, resolver, "RangeAreas");
  }

  get address(): string {
    return this.read("address");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }
}
