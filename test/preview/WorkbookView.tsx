import { useEffect, useState } from "react";
import type { InMemoryWorkbook } from "../../in-memory-excel";
import { ChartList } from "./ChartList";
import { SheetGrid } from "./SheetGrid";

/** Sheet tabs and the active sheet's grid; re-renders whenever the workbook has been synced or typed into. */
export function WorkbookView({ wb }: { wb: InMemoryWorkbook }) {
  const [version, setVersion] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    let seen = -1;
    const timer = setInterval(() => {
      const now = wb.syncCount + wb.runCount;
      if (now !== seen) {
        seen = now;
        setVersion((v) => v + 1);
      }
    }, 200);
    return () => clearInterval(timer);
  }, [wb]);
  const names = wb.sheetNames();
  const shown = active && names.includes(active) ? active : wb.activeSheetName();
  return (
    <div data-version={version}>
      <nav
        role="tablist"
        aria-label="工作表"
        style={{ display: "flex", gap: 4, padding: 4, background: "#f3f3f3" }}
      >
        {names.map((name) => (
          <button
            key={name}
            role="tab"
            aria-selected={name === shown}
            onClick={() => setActive(name)}
            style={{ fontWeight: name === shown ? 700 : 400 }}
          >
            {name}
          </button>
        ))}
      </nav>
      <ChartList wb={wb} sheet={shown} />
      <SheetGrid wb={wb} sheet={shown} onEdited={() => setVersion((v) => v + 1)} />
    </div>
  );
}
