// A part's XML as element events with local names (a writer may prefix them, "x:c"), read as
// it inflates so a sheet of hundreds of megabytes is never one string.
import { SaxesParser } from "saxes";
import { CancelledError } from "../core";
import type { PartText, ReadSignal } from "./xlsxPackage";

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data (text and CDATA) between tags. */
  text?(text: string): void;
}

const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Attributes by local name ("r:id" is read as "id"; the plain name wins over a prefixed one). */
function localAttributes(attributes: Record<string, string>): Record<string, string> {
  let prefixed = false;
  for (const key in attributes) if (key.includes(":")) prefixed = true;
  if (!prefixed) return attributes;
  const out: Record<string, string> = {};
  for (const key in attributes) {
    const local = localName(key);
    if (!(local in out) || !key.includes(":")) out[local] = attributes[key];
  }
  return out;
}

function parser(handlers: XmlHandlers, fail: (error: Error) => void): SaxesParser {
  const sax = new SaxesParser({ xmlns: false });
  sax.on("opentag", (tag) =>
    handlers.open(localName(tag.name), localAttributes(tag.attributes as Record<string, string>))
  );
  const close = handlers.close;
  if (close) sax.on("closetag", (tag) => close(localName(tag.name)));
  const text = handlers.text;
  if (text) {
    sax.on("text", text);
    sax.on("cdata", text);
  }
  sax.on("error", fail);
  return sax;
}

/**
 * Streams a part through the handlers; rejects on bad XML or a broken part, and with
 * CancelledError once `signal` is aborted (checked between pieces, where Ctrl-C is seen).
 */
export async function parseXml(
  part: PartText,
  handlers: XmlHandlers,
  signal: ReadSignal = { aborted: false }
): Promise<void> {
  let failure: Error | null = null;
  const sax = parser(handlers, (error) => (failure ??= error));
  for await (const piece of part) {
    if (signal.aborted) throw new CancelledError();
    sax.write(piece);
    if (failure) throw failure;
  }
  sax.close();
  if (failure) throw failure;
}
