import { useState } from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { LabeledSelect } from "./LabeledSelect";
import type { Severity } from "../../core/validation/types";
import type { CellWrite } from "../host";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { groupFindings } from "../state/finding-groups";
import { FindingGroup } from "./FindingGroup";
import { FixConfirmDialog } from "./FixConfirmDialog";

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3 },
});
const severities: Severity[] = ["错误", "警告", "提示"];

/** Findings grouped by lead unit and indicator, filterable by severity; fixes go through a confirmation. */
export function FindingsTab() {
  const styles = useStyles();
  const messages = useMessages();
  const { state } = usePane();
  const [severity, setSeverity] = useState<Severity | "">("");
  const [pending, setPending] = useState<CellWrite[] | null>(null);
  if (state.findings === null) return <Body1 className={styles.empty}>{messages.findings.notRun}</Body1>;
  const shown = state.findings.filter((finding) => severity === "" || finding.severity === severity);
  return (
    <>
      <LabeledSelect
        label={messages.findings.filterLabel}
        value={severity}
        onChange={(value) => setSeverity(value as Severity | "")}
      >
        <option value="">{messages.findings.all}</option>
        {severities.map((s) => (
          <option key={s} value={s}>
            {messages.findings.severity[s]}
          </option>
        ))}
      </LabeledSelect>
      {shown.length === 0 && <Body1 className={styles.empty}>{messages.findings.empty}</Body1>}
      {groupFindings(shown).map((group) => (
        <FindingGroup key={group.lead} group={group} onFix={setPending} />
      ))}
      <FixConfirmDialog writes={pending} onClose={() => setPending(null)} />
    </>
  );
}
