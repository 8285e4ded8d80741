// DuckDB's memory limit by the file's size (duckRows.ts memoryLimitFor): 1 GB up to 20M rows
// (the 10M-row target is under 2 GB for the whole process), a share of the machine past it
// (a 100M-row file's customers ran DuckDB out of memory at 1 GB), DUCKDB_MEMORY_LIMIT over both.
import { ONE_GB_ROWS, availableMemory, memoryLimitFor } from "../../../src/cli/engine/duckRows";

const GB = 2 ** 30;

describe("memoryLimitFor", () => {
  const saved = process.env.DUCKDB_MEMORY_LIMIT;
  beforeEach(() => delete process.env.DUCKDB_MEMORY_LIMIT);
  afterAll(() => {
    if (saved === undefined) delete process.env.DUCKDB_MEMORY_LIMIT;
    else process.env.DUCKDB_MEMORY_LIMIT = saved;
  });

  it("keeps to 1 GB up to 20 million rows", () => {
    expect(memoryLimitFor(10_485_750, 24 * GB)).toBe("1GB");
    expect(memoryLimitFor(ONE_GB_ROWS, 24 * GB)).toBe("1GB");
  });

  it("takes 40% of the machine past that, never under 1 GB", () => {
    expect(memoryLimitFor(104_857_500, 24 * GB)).toBe(`${Math.floor(0.4 * 24 * 1024)}MB`);
    expect(memoryLimitFor(ONE_GB_ROWS + 1, 2 * GB)).toBe("1024MB");
  });

  it("gives way to DUCKDB_MEMORY_LIMIT", () => {
    process.env.DUCKDB_MEMORY_LIMIT = "4GB";
    expect(memoryLimitFor(1_000, 24 * GB)).toBe("4GB");
    expect(memoryLimitFor(104_857_500, 24 * GB)).toBe("4GB");
  });

  it("counts a container's limit, not the host's memory, where the process has one", () => {
    expect(availableMemory(64 * GB, 4 * GB)).toBe(4 * GB);
    expect(memoryLimitFor(104_857_500, availableMemory(64 * GB, 4 * GB))).toBe(
      `${Math.floor(0.4 * 4 * 1024)}MB`
    );
    // No limit known (0 or undefined), or one above the machine (cgroup "max"): the machine's.
    expect(availableMemory(24 * GB, 0)).toBe(24 * GB);
    expect(availableMemory(24 * GB, undefined)).toBe(24 * GB);
    expect(availableMemory(24 * GB, 2 ** 62)).toBe(24 * GB);
  });
});
