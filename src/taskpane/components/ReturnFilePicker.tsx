import { useId } from "react";
import { Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { readingProgress } from "../state/actions/consolidate";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  input: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    maxWidth: "100%",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/**
 * 选择文件: the returned workbooks, several at once. Only .xlsx is offered, but whatever is chosen is read:
 * the reader says in words what a file is when it is no template. A bar shows the reading.
 */
export function ReturnFilePicker() {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { state, actions } = usePane();
  const id = useId();
  const { done, total } = readingProgress(state.consolidation);
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {say.choose}
      </label>
      <input
        id={id}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={state.busy !== null}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) void actions.chooseReturns(files);
        }}
      />
      {total > 0 && done < total && (
        <>
          <ProgressBar value={done / total} aria-label={say.reading(done, total)} />
          <Caption1>{say.reading(done, total)}</Caption1>
        </>
      )}
    </div>
  );
}
