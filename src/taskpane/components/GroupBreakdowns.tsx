// The results' group tables (ABC classes, segments, lifecycle stages, CLV tiers): counts and value
// shares, each group's one-line explanation behind an info button (the core's text, the same the
// summary sheet shows), and "List" to show that group's customers on the customer sheet.
import {
  Button,
  InfoLabel,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import * as React from "react";
import {
  type ExplainedGroup,
  type GroupSummary,
  groupExplanations,
  hasClv,
  type SegmentResult,
} from "../../core";
import { percentText } from "../percent";
import { useNumberCells } from "./numberCells";
import { useStrings } from "../strings";
import type { UiKey } from "../uiText";

const useStyles = makeStyles({
  action: { width: "56px" },
});

/** Lists a group's customers on the customer sheet; false when that table is gone. */
export type ListCustomers = (grouping: ExplainedGroup, label: string) => Promise<boolean>;

const TITLES: Record<ExplainedGroup, UiKey> = {
  abc: "abcBreakdown",
  segments: "segmentBreakdown",
  stages: "stageBreakdown",
  clvTiers: "clvTierBreakdown",
};

/** The groupings with customers, as the pane shows them after any run. */
export function Breakdowns(props: {
  result: SegmentResult;
  onList?: ListCustomers;
}): React.JSX.Element {
  const { result } = props;
  const { language } = useStrings();
  const lines = React.useMemo(() => groupExplanations(result, language), [result, language]);
  const s = result.summary;
  const shown: [ExplainedGroup, GroupSummary[]][] = [
    ["abc", s.abc],
    ["segments", s.segments.filter((g) => g.customers > 0)],
    ["stages", s.stages.filter((g) => g.customers > 0)],
    ...(hasClv(result) ? [["clvTiers", s.clvTiers] as [ExplainedGroup, GroupSummary[]]] : []),
  ];
  return (
    <>
      {shown.map(([grouping, groups]) => (
        <Breakdown
          key={grouping}
          grouping={grouping}
          groups={groups}
          lines={lines[grouping]}
          onList={props.onList}
        />
      ))}
    </>
  );
}

function Breakdown(props: {
  grouping: ExplainedGroup;
  groups: GroupSummary[];
  lines: Record<string, string>;
  onList: ListCustomers | undefined;
}): React.JSX.Element {
  const { language, t } = useStrings();
  const styles = useStyles();
  const numbers = useNumberCells();
  const title = t(TITLES[props.grouping]);
  const count = new Intl.NumberFormat(language);
  return (
    <Table size="small" aria-label={title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{title}</TableHeaderCell>
          <TableHeaderCell button={{ className: numbers.header }}>
            {t("customersCol")}
          </TableHeaderCell>
          <TableHeaderCell button={{ className: numbers.header }}>
            {t("valueShareCol")}
          </TableHeaderCell>
          {props.onList && <TableHeaderCell className={styles.action} aria-label={t("listCol")} />}
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.groups.map((g) => (
          <TableRow key={g.key}>
            <TableCell>
              <InfoLabel
                size="small"
                weight="regular"
                info={props.lines[g.key]}
                infoButton={{ "aria-label": t("aboutGroup") }}
              >
                {g.label}
              </InfoLabel>
            </TableCell>
            <TableCell className={numbers.cell}>{count.format(g.customers)}</TableCell>
            <TableCell className={numbers.cell}>{percentText(g.valueShare)}</TableCell>
            {props.onList && (
              <TableCell className={styles.action}>
                <ListButton grouping={props.grouping} label={g.label} onList={props.onList} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ListButton(props: {
  grouping: ExplainedGroup;
  label: string;
  onList: ListCustomers;
}): React.JSX.Element {
  const { t } = useStrings();
  const [gone, setGone] = React.useState(false);
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-label={t("listCustomers", { group: props.label })}
      title={gone ? t("customersGone") : t("listCustomers", { group: props.label })}
      disabled={gone}
      onClick={() => void props.onList(props.grouping, props.label).then((ok) => setGone(!ok))}
    >
      {t("list")}
    </Button>
  );
}
