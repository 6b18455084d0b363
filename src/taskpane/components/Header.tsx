import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { plan } from "../../model";
import { useMessages } from "../messages";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
});

export function Header() {
  const styles = useStyles();
  const messages = useMessages();
  return (
    <header className={styles.header}>
      <Subtitle2 as="h1">{messages.appTitle}</Subtitle2>
      <Caption1>{messages.appSubtitle(plan.document)}</Caption1>
    </header>
  );
}
