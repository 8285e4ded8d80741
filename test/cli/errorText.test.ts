// The {reason} of a message: a system error's code where it has one, else its message, read by
// field (node's errors in jest come from another realm, not instanceof Error here).
import { messageOf, systemReason } from "../../src/cli/errorText";

describe("an error's words", () => {
  it("are a system error's code, else its message, else its text", () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    });
    const foreign = { message: "unexpected end of file", code: "Z_BUF_ERROR" };
    expect(systemReason(full)).toBe("ENOSPC");
    expect(messageOf(full)).toBe("ENOSPC: no space left on device, write");
    expect(systemReason(foreign)).toBe("Z_BUF_ERROR");
    expect(messageOf(foreign)).toBe("unexpected end of file");
    expect(systemReason(new Error("no code"))).toBe("no code");
    expect(systemReason("plain text")).toBe("plain text");
    expect(messageOf(null)).toBe("null");
  });
});
