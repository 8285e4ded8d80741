// Shared helpers for the in-memory Excel double tests.
import { OfficeDoubleError } from "../../src/excelDouble";

/** Awaits a promise expected to reject with an OfficeDoubleError and returns its code. */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  throw new Error("expected a rejection");
}

/** Runs a function expected to throw an OfficeDoubleError and returns its code. */
export function thrownCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof OfficeDoubleError) return error.code;
    throw error;
  }
  throw new Error("expected a throw");
}
