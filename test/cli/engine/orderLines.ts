// Order rows for the engine tests that need a file past the short head (1 MB) or the full one.

/** Rows of about 29 bytes: a customer, a date, an amount and an order id. */
export function orderLines(count: number, header = true): string[] {
  const lines = header ? ["客户,订单日期,金额,订单号"] : [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    lines.push(
      `C${i % 997},2024-${String(month).padStart(2, "0")}-${day},${(i % 500) + 0.5},SO${i}`
    );
  }
  return lines;
}
