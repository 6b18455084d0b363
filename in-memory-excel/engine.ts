/**
 * The engine owns one workbook's state, options, counters, warnings and events; every request
 * context of that workbook talks to the same engine.
 */

import { EventHub, type ChangeRecord } from "./events";
import { createWorkbookState, type WorkbookState } from "./state";

export interface InMemoryWorkbookOptions {
  /** Sheet names to start with (default ["Sheet1"]). The first one is active. */
  sheets?: readonly string[];
  /**
   * Office.js echoes a value you assigned on a proxy (`range.values = x; range.values` → x) without a
   * load. By default this emulator is stricter and throws PropertyNotLoaded until the property is
   * loaded and synced, so code never mistakes its own input for what Excel stored. Set true to get
   * Office.js's echo behaviour.
   */
  readBackAssignedValues?: boolean;
  /** Excel fires onChanged for add-in writes too (triggerSource "ThisLocalAddin"). Default true. */
  fireEventsForApiWrites?: boolean;
  /** Workbook file name reported by `workbook.name` (default "Book1.xlsx"). */
  workbookName?: string;
}

export interface ResolvedOptions {
  readonly readBackAssignedValues: boolean;
  readonly fireEventsForApiWrites: boolean;
  readonly workbookName: string;
}

export class Engine {
  readonly state: WorkbookState;
  readonly options: ResolvedOptions;
  readonly events = new EventHub();
  readonly warnings: string[] = [];
  syncCount = 0;
  roundTripCount = 0;
  queuedOperationCount = 0;
  runCount = 0;
  readonly operationCounts = new Map<string, number>();
  private changes: ChangeRecord[] | null = null;
  /** The cell a user is editing (cell-edit mode), with the batches waiting for the edit to end. */
  private editing: { sheet: string; address: string; waiting: (() => void)[] } | null = null;

  constructor(options: InMemoryWorkbookOptions = {}) {
    const sheets = options.sheets ?? ["Sheet1"];
    this.state = createWorkbookState(sheets);
    this.options = {
      readBackAssignedValues: options.readBackAssignedValues ?? false,
      fireEventsForApiWrites: options.fireEventsForApiWrites ?? true,
      workbookName: options.workbookName ?? "Book1.xlsx",
    };
  }

  get cellEdit(): { sheet: string; address: string } | null {
    return this.editing && { sheet: this.editing.sheet, address: this.editing.address };
  }

  startCellEdit(sheet: string, address: string): void {
    if (this.editing) throw new Error("in-memory Excel: a cell is already being edited");
    this.editing = { sheet, address, waiting: [] };
  }

  /** Leaves cell-edit mode; the batches that waited for it (delayForCellEdit) run. */
  endCellEdit(): void {
    const waiting = this.editing?.waiting ?? [];
    this.editing = null;
    for (const resume of waiting) resume();
  }

  /** Resolves once the user has left cell-edit mode (at once when not editing). */
  cellEditEnded(): Promise<void> {
    const editing = this.editing;
    return editing ? new Promise((resolve) => editing.waiting.push(resolve)) : Promise.resolve();
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  countOperation(location: string): void {
    this.queuedOperationCount += 1;
    this.operationCounts.set(location, (this.operationCounts.get(location) ?? 0) + 1);
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.roundTripCount = 0;
    this.queuedOperationCount = 0;
    this.runCount = 0;
    this.operationCounts.clear();
  }

  /** Starts collecting value changes (called by a sync before applying its operations). */
  beginChanges(): void {
    this.changes = [];
  }

  /** Stops collecting and returns what was recorded since `beginChanges`. */
  endChanges(): ChangeRecord[] {
    const out = this.changes ?? [];
    this.changes = null;
    return out;
  }

  /** Records a change made by the add-in (only while a sync is applying operations). */
  recordApiChange(record: Omit<ChangeRecord, "triggerSource">): void {
    if (this.changes && this.options.fireEventsForApiWrites) {
      this.changes.push({ ...record, triggerSource: "ThisLocalAddin" });
    }
  }
}
