// Checks of arguments that Excel makes for several chart members.
import { officeError } from "../errors";

/** A finite number, or InvalidArgument as Excel answers. */
export function checkNumber(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw officeError("InvalidArgument", location, "expected a number");
  return value;
}
