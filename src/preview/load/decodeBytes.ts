// A CSV file's bytes to text: UTF-8 (with or without BOM) first; GBK, as Chinese Excel saves
// "CSV", when the bytes are not valid UTF-8 and the browser has a GBK decoder.
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gbk" | "utf-16le";
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    // Not UTF-8. TextDecoder("gbk") decodes as GB18030, a superset, in every current browser.
  }
  try {
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  } catch {
    // No GBK decoder (some minimal runtimes): show the replacement characters rather than nothing.
    return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  }
}
