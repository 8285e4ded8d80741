// The tier models stored in the workbook: when each last ran, and Refresh, Rename and Delete for
// each, plus Refresh all. A manager who opens last quarter's workbook starts here.
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Input,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { StoredModel, UnreadableModel } from "../../excel";
import { useStrings } from "../strings";
import { unreadableText } from "./RefreshReportPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface Props {
  models: StoredModel[];
  /** Stored models this version cannot use: shown, never acted on. */
  unreadable: UnreadableModel[];
  busy: boolean;
  onRefresh(ids?: string[]): void;
  onRename(id: string, name: string): void;
  onDelete(model: StoredModel): void;
}

export function ModelsPanel(props: Props): React.JSX.Element {
  const { models, busy } = props;
  const { t } = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby="models-title">
      <Title3 as="h2" id="models-title" style={{ fontSize: tokens.fontSizeBase400 }}>
        {t("models")}
      </Title3>
      {props.unreadable.map((u, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{unreadableText(u, t)}</MessageBarBody>
        </MessageBar>
      ))}
      {models.length === 0 ? (
        <Caption1>{t("noModels")}</Caption1>
      ) : (
        <>
          <Caption1>{t("modelsHint")}</Caption1>
          <ul className={styles.list}>
            {models.map((m) => (
              <ModelItem key={m.id} model={m} {...props} />
            ))}
          </ul>
          <Button appearance="primary" disabled={busy} onClick={() => props.onRefresh()}>
            {t("refreshAll")}
          </Button>
        </>
      )}
    </section>
  );
}

function ModelItem(props: Props & { model: StoredModel }): React.JSX.Element {
  const { model, busy } = props;
  const { language, t } = useStrings();
  const styles = useStyles();
  const [editing, setEditing] = React.useState(false);
  const [name, setName] = React.useState(model.name);
  const when = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
  const save = (): void => {
    setEditing(false);
    props.onRename(model.id, name);
  };
  return (
    <li className={styles.item}>
      {editing ? (
        <Input
          value={name}
          aria-label={t("renameLabel", { name: model.name })}
          onChange={(_, data) => setName(data.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") save();
            if (e.key === "Escape") setEditing(false);
          }}
        />
      ) : (
        <Text weight="semibold">{model.name}</Text>
      )}
      <Caption1>{t("lastRun", { time: when.format(new Date(model.updatedAt)) })}</Caption1>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={() => props.onRefresh([model.id])}>
          {t("refresh")}
        </Button>
        {editing ? (
          <Button size="small" onClick={save}>
            {t("save")}
          </Button>
        ) : (
          <Button size="small" disabled={busy} onClick={() => setEditing(true)}>
            {t("rename")}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => props.onDelete(model)}>
          {t("delete")}
        </Button>
      </div>
    </li>
  );
}
