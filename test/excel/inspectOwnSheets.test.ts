// A click on a sheet we wrote (the summary, the customer sheet) is not data to segment: the pane
// guesses no columns from our titles and tables, and says what the sheet is.
import { inspectSelection } from "../../src/excel";
import { viewOf } from "../../src/taskpane/selectionView";
import { workbookWith, written, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

describe("inspecting our own sheets", () => {
  it("marks the summary and customer sheets as our output, and the data as data", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "en-US" } });
    const look = async (address: string) => {
      wb.select(address);
      return wb.run((context) => inspectSelection(context));
    };
    for (const at of ["'Tier summary'!A1", "'Tier summary'!B5", "'Customer tiers'!A1"]) {
      const peek = await look(at);
      expect(peek.ownOutput).toBe(true);
      expect(peek.peek.values).toEqual([]);
    }
    const data = await look("订单!B3");
    expect(data.ownOutput).toBe(false);
    expect(viewOf(data, {})?.detected.mapping).toEqual(
      expect.objectContaining({ customer: 0, date: 1, amount: 3 })
    );
  });

  it("reads a sheet of the user's that holds no table of ours as data, before any run too", async () => {
    const wb = workbookWith("Tier summary", ZH_TRANSACTIONS, ZH_FORMATS);
    const peek = await wb.run((context) => inspectSelection(context));
    expect(peek.ownOutput).toBe(false);
    expect(peek.peek.values.length).toBe(ZH_TRANSACTIONS.length);
  });
});
