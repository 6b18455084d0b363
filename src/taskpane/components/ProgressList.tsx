import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { progressView } from "../state/progress-view";
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
  const { period } = state;
  const view = progressView(state);
  return (
    <section aria-labelledby="progress-title">
      <Subtitle2 id="progress-title" as="h2">
        {messages.progress.title} · {messages.period.describe(period.year, period.month)}
      </Subtitle2>
      {view !== null && state.unit === null && (
        <Caption1 className={styles.empty}>{messages.progress.chooseUnit}</Caption1>
      )}
      {view === null ? (
        <Body1 className={styles.empty} as="p">
          {messages.progress.empty}
        </Body1>
      ) : (
        <ul className={styles.list} aria-label={messages.progress.title}>
          {view.rows.map((row) => (
            <ProgressItem
              key={row.indicator.id}
              row={row}
              unreadable={view.unreadable.has(row.indicator.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
