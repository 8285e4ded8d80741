// SQL faces of the method: the cell rules and the customer tiers as one query per engine.
export { CellRules, EXCEL_ERRORS, WHITE_SPACE, type CellRuleOptions } from "./cellRules";
export { DIALECT, DIALECTS, type Dialect, type DialectId } from "./dialects";
export { SQL_FIELDS, tiersQuery, type SqlColumns, type TiersQueryInput } from "./tiersQuery";
