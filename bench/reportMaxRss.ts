// Preloaded into the CLI under test (node --require): on exit, writes the process's peak RSS in
// bytes, as the kernel counted it, to the file named by BENCH_MAXRSS_FILE.
import { writeFileSync } from "fs";

const target = process.env.BENCH_MAXRSS_FILE;
if (target) {
  process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
