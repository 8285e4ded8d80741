// Which keys start editing a cell of the preview grid, and where a commit moves.
import { editKeyAction, moveAfterCommit } from "../../src/preview/grid/editKeys";

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe("editing keys", () => {
  it("edits with F2, replaces with a typed character, clears with Delete", () => {
    expect(editKeyAction(key("F2"))).toBe("edit");
    for (const k of ["=", "a", "7", "客", " "]) expect(editKeyAction(key(k))).toBe("replace");
    expect(editKeyAction(key("Delete"))).toBe("clear");
  });

  it("leaves named keys and shortcuts to the grid", () => {
    for (const k of ["ArrowDown", "Enter", "Tab", "Shift", "Process"])
      expect(editKeyAction(key(k))).toBeNull();
    expect(editKeyAction(key("c", { ctrlKey: true }))).toBeNull();
    expect(editKeyAction(key("v", { metaKey: true }))).toBeNull();
  });

  it("moves down after Enter, right after Tab, back with Shift", () => {
    expect(moveAfterCommit("Enter", false)).toEqual({ rows: 1, cols: 0 });
    expect(moveAfterCommit("Enter", true)).toEqual({ rows: -1, cols: 0 });
    expect(moveAfterCommit("Tab", false)).toEqual({ rows: 0, cols: 1 });
    expect(moveAfterCommit("Tab", true)).toEqual({ rows: 0, cols: -1 });
  });
});
