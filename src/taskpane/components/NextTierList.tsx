// Next tier in the pane (method.md section 12): the call list, the customers whose smallest step
// up would add the most CLV, with the segment it reaches; the customer sheet has every customer.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { callList, customerRecord, formatMessage, type SegmentResult } from "../../core";
import { useStrings } from "../strings";
import { useNumberCells } from "./numberCells";

/** The pane shows this many; the customer sheet sorts all of them. */
export const CALL_LIST_SHOWN = 10;

interface Props {
  result: SegmentResult;
}

export function NextTierList({ result }: Props): React.JSX.Element | null {
  const { language, t } = useStrings();
  const numbers = useNumberCells();
  const shown = callList(result.nextTier, result.nextTierClv, result.clv, CALL_LIST_SHOWN);
  if (shown.length === 0) return null;
  const money = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const names = result.customers.names;
  return (
    <section aria-label={t("callListTitle")} data-testid="next-tier">
      <Text weight="semibold">{t("callListTitle")}</Text>
      <Table size="extra-small" aria-label={t("callListTitle")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "28%" }}>{t("callListCustomer")}</TableHeaderCell>
            <TableHeaderCell>{t("callListTo")}</TableHeaderCell>
            <TableHeaderCell style={{ width: "5em" }} button={{ className: numbers.header }}>
              {t("callListClv")}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((k) => {
            const rec = customerRecord(result, k, language);
            const step = rec.nextTier;
            const gain = step?.clv;
            return (
              <TableRow key={k}>
                <TableCell>{names?.[k] || rec.customer}</TableCell>
                {/* As the customer sheet's column says it: "High value: 2 more orders". */}
                <TableCell>
                  {step
                    ? formatMessage("nextTier.cell", { to: step.to, step: step.text }, language)
                    : ""}
                </TableCell>
                <TableCell className={numbers.cell}>
                  {gain === null || gain === undefined ? "–" : money.format(gain)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
