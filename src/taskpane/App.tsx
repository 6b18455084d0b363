import { Suspense, lazy, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { TabBar } from "./components/TabBar";
import { Header } from "./components/Header";
import { NoticeBar } from "./components/NoticeBar";
import { HomeTab } from "./components/HomeTab";

// Only the home tab is in the first load; the others (and the dialog and inputs they use) load when opened.
const FindingsTab = lazy(() => import("./components/FindingsTab").then((m) => ({ default: m.FindingsTab })));
const FunctionsTab = lazy(() =>
  import("./components/FunctionsTab").then((m) => ({ default: m.FunctionsTab })),
);
const ConsolidateTab = lazy(() =>
  import("./components/ConsolidateTab").then((m) => ({ default: m.ConsolidateTab })),
);
const SettingsTab = lazy(() => import("./components/SettingsTab").then((m) => ({ default: m.SettingsTab })));
import { useMessages } from "./messages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

type TabName = "home" | "findings" | "consolidate" | "functions" | "settings";
const tabNames: TabName[] = ["home", "findings", "consolidate", "functions", "settings"];

export function App() {
  const styles = useStyles();
  const messages = useMessages();
  const [tab, setTab] = useState<TabName>("home");
  return (
    <div className={styles.root}>
      <Header />
      <TabBar<TabName> tabs={tabNames} labels={messages.tabs} selected={tab} onSelect={setTab} />
      {/* The tab panel (a <main> may not take the tabpanel role: axe's aria-allowed-role). */}
      <div className={styles.panel} id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <NoticeBar />
        {tab === "home" && <HomeTab onShowFindings={() => setTab("findings")} />}
        <Suspense fallback={null}>
          {tab === "findings" && <FindingsTab />}
          {tab === "consolidate" && <ConsolidateTab />}
          {tab === "functions" && <FunctionsTab />}
          {tab === "settings" && <SettingsTab />}
        </Suspense>
      </div>
    </div>
  );
}
