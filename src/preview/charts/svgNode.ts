// The output of the chart layout: plain SVG elements as data, so geometry can be tested without a
// DOM and React only has to create the elements.
export type SvgAttrs = Record<string, string | number>;

export interface SvgNode {
  tag: "rect" | "path" | "polyline" | "line" | "text" | "circle";
  attrs: SvgAttrs;
  /** Text content of a <text>, or a tooltip (<title>) for a shape. */
  text?: string;
  /** What the element stands for, rendered as data-role so tests and e2e can find it. */
  role?:
    | "bar"
    | "slice"
    | "line"
    | "point"
    | "title"
    | "axis-title"
    | "tick"
    | "legend"
    | "label"
    | "data-label";
}

export interface ChartSvg {
  width: number;
  height: number;
  nodes: SvgNode[];
}

/** Office's default series colours, for series the add-in did not colour. */
export const OFFICE_PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export const FONT_SIZE = 11;

export function text(
  x: number,
  y: number,
  content: string,
  options: {
    anchor?: string;
    size?: number;
    bold?: boolean;
    rotate?: boolean;
    role?: SvgNode["role"];
  }
): SvgNode {
  const attrs: SvgAttrs = {
    x,
    y,
    "text-anchor": options.anchor ?? "middle",
    "font-size": options.size ?? FONT_SIZE,
    "dominant-baseline": "middle",
    fill: "#404040",
  };
  if (options.bold) attrs["font-weight"] = "bold";
  if (options.rotate) attrs.transform = `rotate(-90 ${x} ${y})`;
  return { tag: "text", attrs, text: content, role: options.role ?? "label" };
}
