import { useId, useRef } from "react";
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/pane-context";
import { useConsolidateMessages } from "../messages/consolidate";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: {
    minHeight: "240px",
    resize: "vertical",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
});

export interface BriefCardProps {
  brief: string;
}

/**
 * 情况分析 as text to paste into the meeting paper, and a button that copies it: through the clipboard
 * where the host allows it, else the text is selected for Ctrl+C (some Office hosts block the clipboard).
 */
export function BriefCard({ brief }: BriefCardProps) {
  const styles = useStyles();
  const say = useConsolidateMessages();
  const { actions } = usePane();
  const text = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(brief);
      actions.briefCopied("copied", say);
    } catch {
      text.current?.focus();
      text.current?.select();
      actions.briefCopied(document.execCommand?.("copy") ? "copied" : "selected", say);
    }
  };
  return (
    <section className={styles.card} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {say.briefTitle}
      </Subtitle2>
      <textarea ref={text} className={styles.text} readOnly value={brief} aria-labelledby={id} />
      <Button onClick={() => void copy()}>{say.copy}</Button>
    </section>
  );
}
