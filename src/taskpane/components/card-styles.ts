import { makeStyles, tokens } from "@fluentui/react-components";

/** A framed section of a tab (插入模板 on the home tab, 自检 in 设置). */
export const useCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});
