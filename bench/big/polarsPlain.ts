// The polars side of bench:big: the same columns as duckdbPlain.ts with nodejs-polars.
import pl from "nodejs-polars";

const [file, out] = process.argv.slice(2);

const rows = pl
  .readCSV(file, { inferSchemaLength: 0 })
  .select(
    pl.col("客户编号").alias("customer"),
    pl.col("订单日期").str.strptime(pl.Date, "%Y-%m-%d").alias("d"),
    pl.col("金额").cast(pl.Float64).alias("amount"),
    pl.col("订单号").alias("order_id")
  );
// Day numbers (days since 1970-01-01): the as-of day is the day after the latest one.
const asOf = Number(rows.select(pl.col("d").cast(pl.Int32).max()).row(0)[0]) + 1;
const purchase = pl.col("amount").gt(0);
const customers = rows
  .groupBy("customer")
  .agg(
    pl.col("amount").sum().alias("monetary"),
    pl.col("order_id").filter(purchase).nUnique().alias("frequency"),
    pl.col("d").filter(purchase).max().alias("last_day")
  )
  .filter(pl.col("frequency").gt(0))
  .withColumns(pl.lit(asOf).sub(pl.col("last_day").cast(pl.Int32)).alias("recency"));
const n = customers.height;
const score = (l: pl.Expr) => l.sub(1).mul(5).div(n).floor().add(1).cast(pl.Int32);
const total = customers.filter(pl.col("monetary").gt(0)).getColumn("monetary").sum();
const result = customers
  .sort("monetary", true)
  .withColumns(
    score(pl.col("recency").rank("min", true)).alias("r"),
    score(pl.col("frequency").rank("min")).alias("f"),
    score(pl.col("monetary").rank("min")).alias("m"),
    pl.col("monetary").cumSum().sub(pl.col("monetary")).div(total).alias("before")
  )
  .withColumns(
    pl
      .when(pl.col("monetary").ltEq(0))
      .then(pl.lit("C"))
      .when(pl.col("before").lt(0.8))
      .then(pl.lit("A"))
      .when(pl.col("before").lt(0.95))
      .then(pl.lit("B"))
      .otherwise(pl.lit("C"))
      .alias("abc")
  )
  .select("customer", "recency", "frequency", "monetary", "r", "f", "m", "abc");
result.writeCSV(out);
