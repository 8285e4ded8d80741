/**
 * @jest-environment jsdom
 */
// The running state of a run: the stage in the pane's language, the bar, and Cancel only while
// cancelling is still clean. The words come from the pane's StringsProvider, not from props.
import { fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import type { Language } from "../../src/core";
import { ProgressPanel } from "../../src/taskpane/components/ProgressPanel";
import { StringsProvider, useStrings } from "../../src/taskpane/strings";
import { translator } from "../../src/taskpane/uiText";

function renderIn(language: Language, element: React.JSX.Element): void {
  render(<StringsProvider language={language}>{element}</StringsProvider>);
}

describe("ProgressPanel", () => {
  it.each<Language>(["zh-CN", "en-US"])("names the stage and offers Cancel in %s", (language) => {
    const t = translator(language);
    const onCancel = jest.fn();
    renderIn(
      language,
      <ProgressPanel stage="scoring" fraction={0.4} cancellable onCancel={onCancel} />
    );
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.4");
    screen.getByText(t("stageScoring"));
    fireEvent.click(screen.getByRole("button", { name: t("cancel") }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("cannot cancel while writing, and keeps the bar within 0 to 1", () => {
    const t = translator("en-US");
    renderIn(
      "en-US",
      <ProgressPanel stage="writing" fraction={1.7} cancellable={false} onCancel={jest.fn()} />
    );
    screen.getByText(t("stageWriting"));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    const cancel = screen.getByRole<HTMLButtonElement>("button", { name: t("cancel") });
    expect(cancel.disabled).toBe(true);
  });
});

describe("useStrings", () => {
  function Language(): React.JSX.Element {
    const { language, label } = useStrings();
    return <p>{`${language} ${label("role.amount")}`}</p>;
  }

  it("gives the provider's language and the core's labels in it", () => {
    renderIn("zh-CN", <Language />);
    screen.getByText("zh-CN 金额");
  });

  it("refuses to work without a provider", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Language />)).toThrow(/StringsProvider/);
    quiet.mockRestore();
  });
});
