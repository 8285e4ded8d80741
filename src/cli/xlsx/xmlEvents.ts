// A part's XML as element events with local names (a writer may prefix them, "x:c"), read as
// it streams so a sheet of hundreds of megabytes is never one string.
import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { CancelledError } from "../../core";

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

function parser(handlers: XmlHandlers): SaxesParser {
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
  return sax;
}

/**
 * Streams a part through the handlers; rejects on bad XML or a broken stream, and with
 * CancelledError once `signal` is aborted (checked between chunks, where Ctrl-C is seen).
 */
export function parseXmlStream(
  stream: Readable,
  handlers: XmlHandlers,
  signal: { readonly aborted: boolean } = { aborted: false }
): Promise<void> {
  return new Promise((resolve, reject) => {
    const sax = parser(handlers);
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stream.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    sax.on("error", fail);
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      if (failed) return;
      if (signal.aborted) return fail(new CancelledError());
      try {
        sax.write(chunk);
      } catch (error) {
        fail(error);
      }
    });
    stream.once("error", fail);
    stream.once("end", () => {
      if (failed) return;
      try {
        sax.close();
        resolve();
      } catch (error) {
        fail(error);
      }
    });
  });
}
