// Text from the user's data written as values must come back as the same text. Excel reads a
// written string starting with = + - @ as a formula (formula injection) and one that looks like a
// number or a date as that number or date (a customer id "00123" would lose its zeros). A leading
// apostrophe is Excel's own way to say "this is text": it is not part of the value read back.

const NEEDS_QUOTE = /^(?:[=+\-@']|\s*[+-]?[\d.])/;

export function safeText(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}
