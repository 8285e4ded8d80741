import { matchHeaders } from "../../../src/core/columns/matchHeaders";
import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";
import { ROLES } from "../../../src/core/columns/roles";
import { HEADER_SYNONYMS } from "../../../src/core/columns/synonyms";
import type { Role } from "../../../src/core/types";
import { countsText, formatMessage, label, type RowCounts } from "../../../src/core";

// The lists of docs/method.md section 1 and of the brief, written out so none can go missing.
const SPEC_WORDS: Partial<Record<Role, string[]>> = {
  customer: [
    "客户",
    "客户ID",
    "客户编号",
    "会员",
    "会员ID",
    "customer",
    "customer id",
    "client",
    "account",
  ],
  date: [
    "日期",
    "订单日期",
    "下单日期",
    "下单时间",
    "交易日期",
    "购买日期",
    "date",
    "order date",
    "invoice date",
    "purchase date",
  ],
  amount: [
    "金额",
    "订单金额",
    "销售额",
    "消费金额",
    "实付金额",
    "成交金额",
    "amount",
    "sales",
    "revenue",
    "total",
    "spend",
  ],
  orderId: ["订单号", "订单编号", "单号", "order id", "invoice", "invoice no"],
  profit: ["利润", "毛利", "profit", "margin"],
  quantity: ["数量", "件数", "qty", "quantity"],
  category: ["类别", "品类", "类目", "category"],
  region: ["地区", "区域", "省份", "城市", "region", "area", "city"],
  lastPurchaseDate: [
    "最近购买日期",
    "最后购买日期",
    "last purchase date",
    "most recent visit",
    "date most recent",
  ],
  firstPurchaseDate: ["首次购买日期", "first purchase date", "first order date"],
  recencyDays: [
    "最近一次消费间隔",
    "距今天数",
    "recency",
    "recency days",
    "days since last purchase",
  ],
  frequency: [
    "购买次数",
    "消费次数",
    "订单数",
    "频次",
    "frequency",
    "number of orders",
    "orders",
    "purchases",
  ],
  monetary: [
    "消费总额",
    "累计消费",
    "总金额",
    "monetary",
    "total spend",
    "total revenue",
    "lifetime value",
  ],
  annualSpend: ["年消费额", "年度消费", "annual spend", "yearly spend"],
  strategic: ["战略价值", "战略评分", "strategic", "strategic value"],
};

function wordsOf(source: Partial<Record<Role, string[]>>): [Role, string][] {
  return ROLES.filter((role) => role !== "customerName").flatMap((role) =>
    (source[role] ?? []).map((w): [Role, string] => [role, w])
  );
}

describe("matchHeaders: every synonym alone", () => {
  it.each(wordsOf(SPEC_WORDS))("spec word for %s: %s", (role, word) => {
    expect(matchHeaders([word])).toEqual({ [role]: 0 });
  });

  it.each(wordsOf(HEADER_SYNONYMS))("synonym for %s: %s", (role, word) => {
    expect(matchHeaders([word])).toEqual({ [role]: 0 });
  });

  it.each(["客户名称", "客户姓名", "会员名称", "customer name", "client name", "name"])(
    "name word %s is the customer name next to a customer id, the customer alone",
    (word) => {
      expect(matchHeaders(["客户ID", word])).toEqual({ customer: 0, customerName: 1 });
      expect(matchHeaders([word, "日期"])).toEqual({ customer: 0, date: 1 });
    }
  );

  it("no synonym names two roles, except 客户名称 (customer or its name)", () => {
    const seen = new Map<string, Role>();
    const clashes: string[] = [];
    for (const role of ROLES) {
      for (const word of HEADER_SYNONYMS[role]) {
        const key = normalizeHeader(word);
        const other = seen.get(key);
        if (other !== undefined && other !== role) clashes.push(`${key}: ${other}/${role}`);
        seen.set(key, role);
      }
    }
    expect(clashes).toEqual(["客户名称: customerName/customer"]);
  });
});

describe("matchHeaders: tables", () => {
  it("reads a Chinese transaction header", () => {
    expect(
      matchHeaders([
        "订单号",
        "客户编号",
        "客户名称",
        "下单时间",
        "实付金额",
        "数量",
        "品类",
        "省份",
        "毛利",
      ])
    ).toEqual({
      orderId: 0,
      customer: 1,
      customerName: 2,
      date: 3,
      amount: 4,
      quantity: 5,
      category: 6,
      region: 7,
      profit: 8,
    });
  });

  it("ignores case, spacing, underscores, full width and unit notes", () => {
    expect(
      matchHeaders(["  Customer  ID ", "ORDER_DATE", "Sales-Amount (USD)", "Invoice No."])
    ).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
      orderId: 3,
    });
    expect(matchHeaders(["ＣＵＳＴＯＭＥＲ", "日期：", "金额（元）"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
  });

  it("puts the id in customer and the name in customerName, in either order", () => {
    expect(matchHeaders(["客户名称", "客户编号", "日期", "金额"])).toEqual({
      customerName: 0,
      customer: 1,
      date: 2,
      amount: 3,
    });
    expect(matchHeaders(["Customer Name", "Customer ID"])).toEqual({
      customerName: 0,
      customer: 1,
    });
    expect(matchHeaders(["ID", "Name", "Date", "Amount"])).toEqual({
      customer: 0,
      customerName: 1,
      date: 2,
      amount: 3,
    });
  });

  it("makes 客户名称 the customer when it is the only customer column", () => {
    expect(matchHeaders(["客户名称", "订单日期", "订单金额"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
  });

  it("ranks a bare ID below a header that says customer", () => {
    expect(matchHeaders(["ID", "Customer", "Date"])).toEqual({ customer: 1, date: 2 });
    expect(matchHeaders(["Order", "Order ID"])).toEqual({ orderId: 1 });
  });

  it("gives each role one column, the first on a tie", () => {
    expect(matchHeaders(["金额", "销售额"])).toEqual({ amount: 0 });
    expect(matchHeaders(["Date", "日期"])).toEqual({ date: 0 });
  });

  it("prefers a whole-header match over an earlier header that only contains a synonym", () => {
    expect(matchHeaders(["Order Amount Paid", "Amount"])).toEqual({ amount: 1 });
  });

  it("finds a synonym inside a longer header, the longest synonym winning", () => {
    expect(matchHeaders(["会员卡号码", "实际支付金额", "交易日期时间"])).toEqual({
      customer: 0,
      amount: 1,
      date: 2,
    });
    expect(matchHeaders(["客户所在地区"])).toEqual({ region: 0 });
    expect(matchHeaders(["Total Orders"])).toEqual({ frequency: 0 });
    expect(matchHeaders(["Grand Total"])).toEqual({ amount: 0 });
  });

  it("does not look inside a header for short or generic words", () => {
    // "qty" has 3 latin letters, "name" and "order" are generic, "单" is one CJK character.
    expect(matchHeaders(["Order Qty", "Product Name", "单价"])).toEqual({});
  });

  it("leaves a column whose best synonym names a taken role without a role", () => {
    // "销售地区" contains "地区" (region, taken by 地区) and no other synonym as long.
    expect(matchHeaders(["地区", "销售地区"])).toEqual({ region: 0 });
  });

  it("reads the R rfm package's tables", () => {
    expect(matchHeaders(["customer_id", "order_date", "revenue"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
    expect(
      matchHeaders([
        "customer_id",
        "revenue",
        "most_recent_visit",
        "number_of_orders",
        "recency_days",
      ])
    ).toEqual({
      customer: 0,
      amount: 1,
      lastPurchaseDate: 2,
      frequency: 3,
      recencyDays: 4,
    });
  });

  it("reads the lifetimes and Online Retail headers", () => {
    expect(matchHeaders(["ID", "frequency", "recency", "T"])).toEqual({
      customer: 0,
      frequency: 1,
      recencyDays: 2,
    });
    expect(
      matchHeaders([
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
      ])
    ).toEqual({ orderId: 0, quantity: 3, date: 4, customer: 6, region: 7 });
  });

  it("reads a Chinese customer summary", () => {
    expect(
      matchHeaders([
        "会员ID",
        "最近购买日期",
        "购买次数",
        "消费总额",
        "首次购买日期",
        "年消费额",
        "战略评分",
      ])
    ).toEqual({
      customer: 0,
      lastPurchaseDate: 1,
      frequency: 2,
      monetary: 3,
      firstPurchaseDate: 4,
      annualSpend: 5,
      strategic: 6,
    });
  });

  it("maps nothing for empty or unknown headers", () => {
    expect(matchHeaders([])).toEqual({});
    expect(matchHeaders(["", "foo", "备注"])).toEqual({});
  });
});

describe("our own tier columns", () => {
  it("are never a role's column, in either language", () => {
    // An earlier run's tier columns beside the data, selected with it: "客户分群" contains "客户".
    const zh = matchHeaders([
      "客户分群",
      "订单日期",
      "金额",
      "客户名称",
      "ABC 分类",
      "生命周期阶段",
    ]);
    expect(zh.customer).not.toBe(0);
    expect(Object.values(zh)).not.toContain(0);
    expect(Object.values(zh)).not.toContain(4);
    const en = matchHeaders([
      "Segment",
      "Customer",
      "Order date",
      "Amount",
      "Expected purchases (next 12 months)",
    ]);
    expect(en.customer).toBe(1);
    expect(Object.values(en)).not.toContain(4);
  });
});

describe("our own sheet titles", () => {
  it("are never a role's column: the summary's title selected alone names no customer", () => {
    for (const language of ["zh-CN", "en-US"] as const) {
      const rows: RowCounts = { input: 6037, used: 6034, rejected: 3, blank: 0, duplicates: 0 };
      const counts = countsText(rows, 1208, language);
      const titles = [
        formatMessage("summary.title", { asOf: "2024-04-15", counts }, language),
        formatMessage(
          "migration.title",
          { previousAsOf: "2024-01-15", asOf: "2024-04-15", headline: "12 customers moved" },
          language
        ),
        formatMessage("clvGroups.title", { model: "BG/NBD" }, language),
      ];
      for (const title of titles) expect(matchHeaders([title])).toEqual({});
      // A header of the user's that merely contains the same words still counts.
      expect(matchHeaders([label("role.customer", language)]).customer).toBe(0);
    }
  });
});
