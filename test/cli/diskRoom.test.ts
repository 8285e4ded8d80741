// RoomWatch looks at the disk every LOOK_EVERY bytes (a tenth of a small disk), refuses bytes
// that would leave it under keptFree, and lets the write go on when the disk does not answer.
import { tmpdir } from "node:os";
import {
  diskRoom,
  KEEP_FREE,
  keptFree,
  LOOK_EVERY,
  RoomWatch,
  sizeText,
} from "../../src/cli/diskRoom";

const MB = 2 ** 20;

describe("the room on the temporary folder's disk", () => {
  it("is looked at every LOOK_EVERY bytes written", async () => {
    const looks: number[] = [];
    const watch = new RoomWatch("/tmp/x", async () => {
      looks.push(watch.written);
      return { free: 2 ** 50, size: 2 ** 50 };
    });
    for (let i = 0; i < 200; i++) expect(await watch.allows(MB)).toBe(true);
    // 200 MB in 1 MB writes: looks at 1, 65, 129 and 193 MB.
    expect(looks).toEqual([0, 1, 2, 3].map((k) => MB + k * LOOK_EVERY));
  });

  it("keeps a gigabyte free, or a tenth of a disk under 10 GB", async () => {
    expect(keptFree(2 ** 50)).toBe(KEEP_FREE);
    expect(keptFree(500 * MB)).toBe(50 * MB);
    const room = (free: number) => new RoomWatch("/tmp/x", async () => ({ free, size: 2 ** 50 }));
    expect(await room(KEEP_FREE + LOOK_EVERY + MB).allows(MB)).toBe(true);
    expect(await room(KEEP_FREE + LOOK_EVERY + MB - 1).allows(MB)).toBe(false);
  });

  it("lets the write go on when the disk does not answer", async () => {
    const watch = new RoomWatch("/tmp/x", () => Promise.reject(new Error("ENOSYS")));
    expect(await watch.allows(MB)).toBe(true);
  });

  it("reads this machine's temporary folder, and words sizes", async () => {
    const disk = await diskRoom(tmpdir());
    expect(disk.size).toBeGreaterThan(0);
    expect(disk.free).toBeGreaterThanOrEqual(0);
    expect(disk.free).toBeLessThanOrEqual(disk.size);
    expect([
      sizeText(0),
      sizeText(192 * MB),
      sizeText(KEEP_FREE),
      sizeText(12.34 * 2 ** 30),
    ]).toEqual(["0 MB", "192 MB", "1.0 GB", "12.3 GB"]);
  });
});
