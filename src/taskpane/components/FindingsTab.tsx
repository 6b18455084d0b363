import { useMemo, useState } from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { LabeledSelect } from "./LabeledSelect";
import { severities } from "../../core/validation/finding";
import type { Severity } from "../../core/validation/types";
import type { CellWrite } from "../../host/contract";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { groupFindings, writesByCode } from "../state/finding-groups";
import { FindingGroup } from "./FindingGroup";
import { FixConfirmDialog } from "./FixConfirmDialog";

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Findings grouped by lead unit and indicator, filterable by severity; fixes go through a confirmation. */
export function FindingsTab() {
  const styles = useStyles();
  const messages = useMessages();
  const { state } = usePane();
  const [severity, setSeverity] = useState<Severity | "">("");
  const [pending, setPending] = useState<CellWrite[] | null>(null);
  const fixes = useMemo(() => writesByCode(state.findings ?? []), [state.findings]);
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
        <FindingGroup
          key={group.lead}
          group={group}
          fixesOf={(code) => fixes.get(code) ?? []}
          onFix={setPending}
        />
      ))}
      <FixConfirmDialog writes={pending} onClose={() => setPending(null)} />
    </>
  );
}
