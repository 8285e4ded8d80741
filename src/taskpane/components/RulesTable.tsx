// The chosen scheme's rules, editable as short condition texts; a text that is not a condition is
// flagged in place and not applied, so a typo never silently changes the segments.
import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { SegmentRule, SegmentScheme } from "../../core";
import { conditionText, parseCondition } from "../ruleText";
import { useStrings } from "../strings";

const FIELDS = ["r", "f", "m", "total"] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  scheme: SegmentScheme;
  rules: SegmentRule[] | null;
  onChange(rules: SegmentRule[] | null): void;
}

export function RulesTable({ scheme, rules, onChange }: Props): React.JSX.Element {
  const { language, t } = useStrings();
  const current = rules ?? scheme.rules;
  const [drafts, setDrafts] = React.useState<Record<string, string>>({});
  const labelOf = (id: string): string =>
    scheme.segments.find((s) => s.id === id)?.label[language] ?? id;
  const edit = (i: number, field: Field, text: string): void => {
    setDrafts({ ...drafts, [`${i}.${field}`]: text });
    const parsed = parseCondition(text);
    if (parsed === null || (field === "total" && (parsed === "high" || parsed === "low"))) return;
    const next = current.map((r, j) => (j === i ? { ...r, [field]: parsed } : r));
    onChange(next.map((r) => JSON.parse(JSON.stringify(r)) as SegmentRule)); // drops "any" fields
  };
  const headers = ["R", "F", "M", t("totalCol")];
  return (
    <section aria-label={t("rules")}>
      <Text weight="semibold">{t("rules")}</Text>
      <Table size="extra-small" aria-label={t("rules")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("segmentBreakdown")}</TableHeaderCell>
            {headers.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {current.map((rule, i) => (
            <TableRow key={i}>
              <TableCell>{labelOf(rule.segment)}</TableCell>
              {FIELDS.map((field, j) => {
                const draft = drafts[`${i}.${field}`];
                const text = draft ?? conditionText(rule[field]);
                const bad = draft !== undefined && parseCondition(draft) === null;
                return (
                  <TableCell key={field}>
                    <Input
                      size="small"
                      style={{ minWidth: 0, width: "100%" }}
                      aria-label={`${labelOf(rule.segment)} ${headers[j]}`}
                      aria-invalid={bad}
                      title={bad ? t("badCondition", { text: draft }) : undefined}
                      value={text}
                      onChange={(_, data) => edit(i, field, data.value)}
                    />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
          {/* The fallback segment has no rule of its own: it takes whoever no rule above took. */}
          <TableRow>
            <TableCell>{labelOf(scheme.fallback)}</TableCell>
            <TableCell colSpan={FIELDS.length}>
              <Text size={200} italic>
                {t("fallbackRule")}
              </Text>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Text size={200}>{t("rulesHint")}</Text>
      {rules && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            setDrafts({});
            onChange(null);
          }}
        >
          {t("resetDefaults")}
        </Button>
      )}
    </section>
  );
}
