import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";
import { BriefCard } from "./BriefCard";
import { ConflictList } from "./ConflictList";
import { ConsolidationConfirmDialog } from "./ConsolidationConfirmDialog";
import { PeriodPicker } from "./PeriodPicker";
import { ReturnFileList } from "./ReturnFileList";
import { ReturnFilePicker } from "./ReturnFilePicker";

const useStyles = makeStyles({
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

const percent = (fraction: number) => `${Number((fraction * 100).toFixed(1))}%`;

/** 汇总 for the task force: choose the returned files, settle the conflicts, confirm the write, copy the brief. */
export function ConsolidateTab() {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state, actions } = usePane();
  const { result } = state.consolidation;
  const writing = state.busy === "consolidate" && result !== null;
  return (
    <>
      <section className={styles.intro} aria-labelledby="consolidate-title">
        <Subtitle2 as="h2" id="consolidate-title">
          {say.title}
        </Subtitle2>
        <Body1 as="p">{say.intro}</Body1>
      </section>
      <PeriodPicker />
      <Caption1 className={styles.note}>
        {say.thresholds(percent(state.thresholds.green), percent(state.thresholds.amber))}
      </Caption1>
      <ReturnFilePicker />
      {state.consolidation.files.length > 0 && <ReturnFileList />}
      {result !== null && <ConflictList />}
      {result !== null && (
        <Button
          appearance="primary"
          disabled={state.busy !== null}
          onClick={() => void actions.previewWrite()}
        >
          {writing ? say.writing : say.write}
        </Button>
      )}
      <ConsolidationConfirmDialog />
      {result !== null && <BriefCard brief={result.brief} />}
    </>
  );
}
