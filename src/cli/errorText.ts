// The words of an error for a message's {reason}. Errors from node's fs and zlib may come from
// another realm (jest's, for one), where `instanceof Error` is false: their fields are read as
// they are.

/** The error's message, or its text when it has none. */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

/** A system error's code (ENOSPC, EACCES) where it has one, else its message. */
export function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : messageOf(error);
}
