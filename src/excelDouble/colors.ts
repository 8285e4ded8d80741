// Colours as office.js reports them: "#RRGGBB", upper case, whatever form was set.
import { officeError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
};

export function normalizeColor(input: unknown, location: string): string {
  if (typeof input !== "string")
    throw officeError("InvalidArgument", location, "colour must be a string");
  const text = input.trim();
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  throw officeError("InvalidArgument", location, `not a colour: "${text}"`);
}
