import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ProgressRow } from "../../core/progress";
import { formatFigure, formatRate } from "../format";
import { useMessages } from "../messages";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  figures: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export function ProgressItem({ row, unreadable }: { row: ProgressRow; unreadable: boolean }) {
  const styles = useStyles();
  const messages = useMessages();
  const { columns } = messages.progress;
  const unit = row.indicator.unit;
  const state =
    row.target === null
      ? messages.progress.noTarget
      : unreadable
        ? messages.progress.unreadable
        : row.actual === null
          ? messages.progress.notReported
          : null;
  return (
    <li className={styles.item} data-indicator={row.indicator.id}>
      <div className={styles.top}>
        <Body1Strong>
          {row.indicator.id} {row.indicator.name}
        </Body1Strong>
        {row.status ? <StatusBadge status={row.status} /> : <Caption1>{state}</Caption1>}
      </div>
      <Caption1 className={styles.figures}>
        {columns.actual} {formatFigure(row.actual, unit)} · {columns.expected}{" "}
        {formatFigure(row.expected, unit)} · {columns.target} {formatFigure(row.target, unit)} ·{" "}
        {columns.attainment} {formatRate(row.attainment)}
      </Caption1>
    </li>
  );
}
