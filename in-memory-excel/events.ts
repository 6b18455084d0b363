/**
 * `onChanged` events. Handlers registered through `worksheet.onChanged.add` (or the collection's
 * `worksheets.onChanged.add`) become active at the sync that carries the registration, like Excel.
 *
 * Timing: a change is recorded when the write is applied during `context.sync()` (or by
 * `typeIntoCell`), and handlers are invoked asynchronously, in a microtask after that sync has
 * settled — never synchronously inside the write. `settle()` waits until every handler (and
 * everything they await) has finished. Handler errors are collected, not thrown.
 */

import { formatRect, type Rect } from "./address";
import type { CellContent } from "./values";

export type TriggerSource = "ThisLocalAddin" | "Unknown";

export interface ChangeRecord {
  readonly sheetId: string;
  readonly rect: Rect;
  readonly triggerSource: TriggerSource;
  /** "Remote" for an edit a coauthor made (Excel.EventSource); "Local" when absent. */
  readonly source?: "Local" | "Remote";
  /** Only for single-cell changes, like Excel's `details`. */
  readonly before?: CellContent;
  readonly after?: CellContent;
}

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>;

interface Registration {
  readonly id: number;
  readonly sheetId: string | null;
  readonly handler: ChangeHandler;
}

export type ArgsFactory = (record: ChangeRecord) => Excel.WorksheetChangedEventArgs;

export class EventHub {
  private registrations: Registration[] = [];
  private nextId = 1;
  private pending = new Set<Promise<void>>();
  readonly errors: unknown[] = [];

  add(sheetId: string | null, handler: ChangeHandler): number {
    const id = this.nextId++;
    this.registrations.push({ id, sheetId, handler });
    return id;
  }

  remove(id: number): boolean {
    const before = this.registrations.length;
    this.registrations = this.registrations.filter((r) => r.id !== id);
    return this.registrations.length !== before;
  }

  count(sheetId: string | null): number {
    return this.registrations.filter((r) => r.sheetId === sheetId).length;
  }

  /** Schedules handler calls for `records` in a microtask. */
  dispatch(records: readonly ChangeRecord[], makeArgs: ArgsFactory): void {
    if (records.length === 0 || this.registrations.length === 0) return;
    const targets = records.flatMap((record) =>
      this.registrations
        .filter((r) => r.sheetId === null || r.sheetId === record.sheetId)
        .map((r) => ({ record, handler: r.handler })),
    );
    if (targets.length === 0) return;
    const run = (async () => {
      await Promise.resolve();
      for (const { record, handler } of targets) {
        try {
          await handler(makeArgs(record));
        } catch (error) {
          this.errors.push(error);
        }
      }
    })();
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** Resolves once all scheduled handlers (including ones scheduled while waiting) have finished. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.all([...this.pending]);
    }
  }
}

export function changeAddress(record: ChangeRecord): string {
  return formatRect(record.rect);
}
