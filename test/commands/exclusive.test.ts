import { exclusive } from "../../src/commands/exclusive";

describe("exclusive", () => {
  it("runs tasks one after the other, in the order they were queued", async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = exclusive(async () => {
      log.push("first starts");
      await gate;
      log.push("first ends");
      return 1;
    });
    const second = exclusive(async () => {
      log.push("second runs");
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(["first starts"]);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(["first starts", "first ends", "second runs"]);
  });

  it("goes on after a task fails, and passes the failure to its caller", async () => {
    const failed = exclusive(() => Promise.reject(new Error("refused")));
    const next = exclusive(() => Promise.resolve("ran"));
    await expect(failed).rejects.toThrow("refused");
    await expect(next).resolves.toBe("ran");
  });
});
