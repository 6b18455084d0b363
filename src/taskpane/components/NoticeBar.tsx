import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftColor: tokens.colorPaletteGreenBorder2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorder2,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, borderLeftColor: tokens.colorBrandStroke1 },
});

/** The outcome of the last action in words; errors are announced at once (role alert), the rest politely. */
export function NoticeBar() {
  const styles = useStyles();
  const { state } = usePane();
  const notice = state.notice;
  return (
    <div
      role={notice?.intent === "error" ? "alert" : "status"}
      aria-live={notice?.intent === "error" ? "assertive" : "polite"}
    >
      {notice && (
        <p className={mergeClasses(styles.notice, styles[notice.intent])} data-intent={notice.intent}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
