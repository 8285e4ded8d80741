import { cancelOnInterrupt } from "../../src/cli/io";

describe("cancelOnInterrupt", () => {
  it("marks the run cancelled on Ctrl-C and removes its handler afterwards", () => {
    const before = process.listenerCount("SIGINT");
    const signal = { aborted: false };
    const stop = cancelOnInterrupt(signal);
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    // Only the first interrupt is simulated: a second one re-raises SIGINT for real.
    process.emit("SIGINT", "SIGINT");
    expect(signal.aborted).toBe(true);
    stop();
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
