import { segment } from "../src/core/segment";
import { generateTransactions } from "./generateTransactions";
const sheet = generateTransactions(1048575, 20240105);
(globalThis as { gc?: () => void }).gc?.();
for (let i = 0; i < 3; i++) {
  console.log("=== run", i);
  const t = performance.now();
  segment(sheet, {}, { onProgress: (p) => console.log("progress", p.stage, p.fraction.toFixed(2), (performance.now() - t).toFixed(0)) });
  console.log("total", performance.now() - t);
}
