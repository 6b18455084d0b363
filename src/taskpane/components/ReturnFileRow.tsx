import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { FileSummary } from "../../consolidation/types";
import type { ChosenReturn } from "../state/pane-state";
import { useConsolidateMessages } from "../messages/consolidate";

const useStyles = makeStyles({
  row: {
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  left: { color: tokens.colorNeutralForeground3 },
});

export interface ReturnFileRowProps {
  chosen: ChosenReturn;
  /** What the consolidation made of it, once it is read. */
  summary: FileSummary | null;
}

/** A returned file: its unit, up to which year it reports, the actuals read and the 错误 found (or why it was not read). */
export function ReturnFileRow({ chosen, summary }: ReturnFileRowProps) {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const unit = chosen.input?.unit ?? say.allUnits;
  return (
    <li className={styles.row} data-file={chosen.file} data-status={chosen.status}>
      <span className={styles.name}>{chosen.file}</span>
      {chosen.status === "reading" && <Caption1>{say.readingFile}</Caption1>}
      {chosen.status === "unreadable" && <Caption1 className={styles.errors}>{chosen.message}</Caption1>}
      {chosen.status === "read" && (
        <Caption1 className={mergeClasses((summary?.errors ?? 0) > 0 && styles.errors)}>
          {`${unit} · ${say.latestYear(chosen.latestYear)} · `}
          {say.fileFacts(summary?.actualsRead ?? 0, summary?.errors ?? 0)}
        </Caption1>
      )}
      {summary && !summary.used && <Caption1 className={styles.left}>{say.superseded}</Caption1>}
    </li>
  );
}
