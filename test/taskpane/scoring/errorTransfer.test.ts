// An error thrown in the scoring worker reaches the pane with its class, code and parameters, so
// the pane words it in the user's language (it used to arrive as "missingColumn: {...}").
// comlink runs here over a MessageChannel, as it does over the worker's port in the pane.
import { expose, wrap, type Remote } from "comlink";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import {
  type CellValue,
  InputError,
  OptionError,
  segment,
  type DeepPartial,
  type SegmentOptions,
} from "../../../src/core";
import { keepErrorCodes } from "../../../src/taskpane/scoring/errorTransfer";
import { failureMessage } from "../../../src/taskpane/runMessages";

interface Api {
  score(values: CellValue[][], options: DeepPartial<SegmentOptions>): number;
}

const api: Api = {
  score: (values, options) => segment({ values }, options).customers.n,
};

let ports: MessagePort[] = [];
let remote: Remote<Api>;

beforeAll(() => {
  keepErrorCodes();
  const { port1, port2 } = new MessageChannel();
  ports = [port1, port2];
  // Node's MessagePort is an EventTarget with postMessage: what comlink's Endpoint needs.
  expose(api, port1 as unknown as Parameters<typeof expose>[1]);
  remote = wrap<Api>(port2 as unknown as Parameters<typeof wrap>[0]);
});

afterAll(() => {
  for (const p of ports) p.close();
});

describe("errors across the scoring worker's boundary", () => {
  it("a missing column arrives as an InputError worded in the pane's language", async () => {
    const values: CellValue[][] = [["Amount"], [10], [20]];
    const error: unknown = await remote.score(values, {}).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: "missingColumn" });
    const text = failureMessage(error, "zh-CN");
    expect(text).not.toMatch(/missingColumn/);
    expect(text).toContain("Amount");
    expect(failureMessage(error, "en-US")).toMatch(/^Cannot find the .* column/);
  });

  it("a bad option arrives as an OptionError with its path", async () => {
    const values: CellValue[][] = [
      ["Customer", "Amount"],
      ["a", 10],
    ];
    const error: unknown = await remote.score(values, { clv: { margin: 7 } }).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(OptionError);
    expect(error).toMatchObject({ problem: "outOfRange", path: "clv.margin" });
    expect(failureMessage(error, "en-US")).toMatch(/^clv\.margin must be between .* \(got 7\)$/);
  });

  it("a good run still returns its value", async () => {
    const values: CellValue[][] = [
      ["Customer", "Date", "Amount"],
      ["a", "2024-01-05", 10],
      ["b", "2024-02-07", 20],
    ];
    await expect(remote.score(values, {})).resolves.toBe(2);
  });
});
