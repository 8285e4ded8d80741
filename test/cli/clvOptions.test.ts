import { parseClvFlags } from "../../src/cli/clvOptions";
import { CliError } from "../../src/cli/cliError";

const ENV = { LANG: "en_US.UTF-8" };

describe("parseClvFlags", () => {
  it("asks the core only for the probabilistic CLV when no flag is given", () => {
    expect(parseClvFlags("f.csv", {}, ENV)).toEqual({
      file: "f.csv",
      language: "en-US",
      encoding: "auto",
      engine: "auto",
      sheet: null,
      json: false,
      quiet: false,
      core: { language: "en-US", clv: { model: "probabilistic" } },
      columns: {},
      calibrationEnd: null,
    });
  });

  it("maps every model flag to its core option", () => {
    const settings = parseClvFlags(
      "f.xlsx",
      {
        unit: "days",
        horizon: "24",
        discount: "1.5%",
        model: "mbgnbd",
        calibrationEnd: "2024-06-30",
        margin: "0.3",
        asOf: "2024-12-31",
        lang: "zh-CN",
        customer: "B",
        sheet: "订单",
        json: true,
      },
      ENV
    );
    expect(settings).toMatchObject({
      language: "zh-CN",
      sheet: "订单",
      json: true,
      calibrationEnd: "2024-06-30",
      columns: { customer: "B" },
      core: {
        language: "zh-CN",
        asOf: "2024-12-31",
        clv: {
          model: "probabilistic",
          margin: 0.3,
          probabilistic: {
            unit: "days",
            horizonMonths: 24,
            monthlyDiscount: 0.015,
            purchaseModel: "mbgnbd",
            calibrationEnd: "2024-06-30",
          },
        },
      },
    });
  });

  it.each([
    [{ unit: "year" }, "flag.badEnum"],
    [{ horizon: "12.5" }, "flag.badWholeNumber"],
    [{ horizon: "2000" }, "flag.badNumber"],
    [{ discount: "-1%" }, "flag.badNumber"],
    [{ model: "bg" }, "flag.badEnum"],
    [{ calibrationEnd: "30/06/2024" }, "flag.badDate"],
    [{ margin: "130%" }, "flag.badNumber"],
  ])("%j is %s", (flags, key) => {
    const parse = () => parseClvFlags("f.csv", flags, ENV);
    expect(parse).toThrow(CliError);
    expect(parse).toThrow(expect.objectContaining({ code: key }));
  });
});
