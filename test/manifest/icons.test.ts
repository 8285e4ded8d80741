// The committed icons are the ones scripts/makeIcons.ts draws, so a design change is made in the
// script and regenerated (`npm run icons`), never by editing a PNG by hand.
import { readFileSync } from "fs";
import * as path from "path";
import { PNG } from "pngjs";
import { drawTierIcon, ICON_SIZES, iconFileName, iconPngBytes } from "../../scripts/makeIcons";

const ASSETS = path.resolve(__dirname, "../../assets");

function pixel(png: PNG, x: number, y: number): number[] {
  const at = (y * png.width + x) * 4;
  return [...png.data.subarray(at, at + 4)];
}

describe("add-in icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is what makeIcons draws, byte for byte", (size) => {
    const committed = readFileSync(path.join(ASSETS, iconFileName(size)));
    expect(committed.equals(iconPngBytes(size))).toBe(true);
    const decoded = PNG.sync.read(committed);
    expect([decoded.width, decoded.height]).toEqual([size, size]);
  });

  it.each(ICON_SIZES)(
    "at %i px shows three bars, tallest first, on a transparent background",
    (size) => {
      const icon = drawTierIcon(size);
      expect(pixel(icon, 0, 0)[3]).toBe(0);
      // Scan the bottom row of bars left to right: green, amber, grey, in that order.
      const bottom = size - Math.max(1, Math.round(size / 16)) - 1;
      const colours: string[] = [];
      for (let x = 0; x < size; x++) {
        const [r, g, b, a] = pixel(icon, x, bottom);
        const colour = a === 0 ? "" : g > r && g > b ? "green" : r > b + 60 ? "amber" : "grey";
        if (colour && colours[colours.length - 1] !== colour) colours.push(colour);
      }
      expect(colours).toEqual(["green", "amber", "grey"]);
      // Heights decrease: count opaque pixels in each bar's column.
      const heights = ["green", "amber", "grey"].map((_, i) => {
        const column = Math.floor(((i + 0.5) * size) / 3);
        let opaque = 0;
        for (let y = 0; y < size; y++) if (pixel(icon, column, y)[3] !== 0) opaque++;
        return opaque;
      });
      expect(heights[0]).toBeGreaterThan(heights[1]);
      expect(heights[1]).toBeGreaterThan(heights[2]);
    }
  );
});
