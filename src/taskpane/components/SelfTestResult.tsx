import { useState } from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SelfTestReport } from "../../host/contract";
import { useSelfTestMessages } from "../messages/self-test";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  verdict: {
    display: "inline-block",
    whiteSpace: "nowrap",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  passed: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
  },
  failed: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2 },
  title: { display: "block", fontWeight: tokens.fontWeightSemibold },
  report: {
    width: "100%",
    boxSizing: "border-box",
    minHeight: "6em",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
  },
});

/** The clipboard where the webview allows it, else the copy command on the report's text box. */
async function copyReport(text: string, box: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    box?.select();
    return box !== null && document.execCommand("copy");
  }
}

/** The 自检's table (通过/不通过 per check, in colour and in words), Office's version, and the report to copy. */
export function SelfTestResult({ report }: { report: SelfTestReport }) {
  const styles = useStyles();
  const words = useSelfTestMessages();
  const [box, setBox] = useState<HTMLTextAreaElement | null>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const copyLabel = {
    idle: words.copy,
    copied: words.copied,
    failed: words.copyFailed,
  };
  return (
    <>
      <Caption1>{words.office(report.office)}</Caption1>
      <Caption1>{words.functions(report.functions)}</Caption1>
      {!report.cleanedUp && <Caption1>{words.notCleanedUp}</Caption1>}
      <table className={styles.table} aria-label={words.title}>
        <thead>
          <tr>
            <th className={styles.head}>{words.result}</th>
            <th className={styles.head}>{words.check}</th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((check) => (
            <tr key={check.id} data-check={check.id} data-passed={check.passed}>
              <td className={styles.cell}>
                <span className={mergeClasses(styles.verdict, check.passed ? styles.passed : styles.failed)}>
                  {check.passed ? words.passed : words.failed}
                </span>
              </td>
              <td className={styles.cell}>
                <span className={styles.title}>{check.title}</span>
                {check.observed}
                {!check.passed && <span className={styles.title}>{words.expected(check.expected)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <textarea
        ref={setBox}
        className={styles.report}
        readOnly
        aria-label={words.report}
        value={report.text}
      />
      <Button
        type="button"
        onClick={() => void copyReport(report.text, box).then((done) => setCopy(done ? "copied" : "failed"))}
      >
        {copyLabel[copy]}
      </Button>
    </>
  );
}
