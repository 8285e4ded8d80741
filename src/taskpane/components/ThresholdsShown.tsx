// The thresholds a run used (method.md section 10): the values each R, F and M score covered,
// and one click to take them over into fixed scoring, where they can be edited.
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import {
  asFixedThresholds,
  type FixedThresholds,
  rangeText,
  RFM_DIMENSIONS,
  type SegmentResult,
} from "../../core";
import { useStrings } from "../strings";
import { useNumberCells } from "./numberCells";

interface Props {
  result: SegmentResult;
  onUseAsFixed(fixed: FixedThresholds): void;
}

export function ThresholdsShown({ result, onUseAsFixed }: Props): React.JSX.Element {
  const { language, t } = useStrings();
  const numbers = useNumberCells();
  const th = result.thresholds;
  const headers = [t("recencyCol"), t("frequencyCol"), t("monetaryCol")];
  const [taken, setTaken] = React.useState(false);
  return (
    <section aria-label={t("thresholdsUsed")} data-testid="thresholds-used">
      <Text weight="semibold">{t("thresholdsUsed")}</Text>
      <Table size="extra-small" aria-label={t("thresholdsUsed")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "3em" }} button={{ className: numbers.header }}>
              {t("scoreCol")}
            </TableHeaderCell>
            {headers.map((h) => (
              <TableHeaderCell key={h} button={{ className: numbers.header }}>
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {th.ranges.recency.map((r, i) => (
            <TableRow key={r.score}>
              <TableCell className={numbers.cell}>{r.score}</TableCell>
              {RFM_DIMENSIONS.map((d) => (
                <TableCell key={d} className={numbers.cell}>
                  {rangeText(th.ranges[d][i], d, language)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {th.scoring !== "fixed" && (
        <Button
          size="small"
          onClick={() => {
            onUseAsFixed(asFixedThresholds(th));
            setTaken(true);
          }}
        >
          {t("useAsFixed")}
        </Button>
      )}
      {taken && <Text size={200}>{t("usedAsFixed")}</Text>}
    </section>
  );
}
