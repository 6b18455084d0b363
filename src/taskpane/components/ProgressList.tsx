import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useMessages } from "../messages";
import { ProgressItem } from "./ProgressItem";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  empty: { color: tokens.colorNeutralForeground3, display: "block", marginTop: tokens.spacingVerticalXS },
});

/** My indicators in the reporting period, worst first. */
export function ProgressList() {
  const styles = useStyles();
  const messages = useMessages();
  const { state } = usePane();
  const { progress, period } = state;
  // Typed but not a number ("63亿元", "待统计"): not "未填报", it needs correcting.
  const unreadable = new Set(
    state.actualCells
      .filter(
        (cell) =>
          cell.year === period.year && cell.raw !== "" && cell.raw !== null && typeof cell.raw !== "number",
      )
      .map((cell) => cell.indicatorId),
  );
  return (
    <section aria-labelledby="progress-title">
      <Subtitle2 id="progress-title" as="h2">
        {messages.progress.title} · {messages.period.describe(period.year, period.month)}
      </Subtitle2>
      {progress !== null && state.unit === null && (
        <Caption1 className={styles.empty}>{messages.progress.chooseUnit}</Caption1>
      )}
      {progress === null || state.templatePresent === false ? (
        <Body1 className={styles.empty} as="p">
          {messages.progress.empty}
        </Body1>
      ) : (
        <ul className={styles.list} aria-label={messages.progress.title}>
          {progress.map((row) => (
            <ProgressItem key={row.indicator.id} row={row} unreadable={unreadable.has(row.indicator.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
