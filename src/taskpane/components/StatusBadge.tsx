import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/attainment";
import { useMessages } from "../messages";

const useStyles = makeStyles({
  badge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  达标: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorPaletteGreenForeground2 },
  预警: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  滞后: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
});

/** Status in colour and in words (never colour alone). */
export function StatusBadge({ status }: { status: Status }) {
  const styles = useStyles();
  const messages = useMessages();
  return (
    <span className={mergeClasses(styles.badge, styles[status])} data-status={status}>
      {messages.progress.statusText[status]}
    </span>
  );
}
