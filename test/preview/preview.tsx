import { createRoot } from "react-dom/client";
import { createInMemoryWorkbook } from "../../in-memory-excel";
import { startPane } from "../../src/taskpane/start-pane";
import { previewHost } from "./preview-host";
import { WorkbookView } from "./WorkbookView";

/**
 * `npm run preview`: the real task pane beside a simple rendering of the in-memory workbook, so the
 * add-in can be tried without Excel. A simulation: no formulas are calculated, and Excel's own
 * behaviour is only as faithful as in-memory-excel.
 */
const wb = createInMemoryWorkbook();
const search = new URLSearchParams(window.location.search);
const pane = document.getElementById("pane");
const sheets = document.getElementById("workbook");
if (!pane || !sheets) throw new Error("preview.html lacks #pane or #workbook");
Object.assign(window, { previewWorkbook: wb });
startPane(previewHost(wb, search), pane);
createRoot(sheets).render(<WorkbookView wb={wb} />);
