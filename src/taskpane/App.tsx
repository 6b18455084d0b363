import { Body1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">制造业目标填报</Title3>
      <Body1>仑政发〔2022〕1号 目标任务分解表</Body1>
    </main>
  );
}
