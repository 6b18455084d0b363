/**
 * The request context: the operation queue, `sync()`, and the `run` wrapper.
 *
 * `sync()` applies the queued operations in order against the workbook state, synchronously at the
 * moment it is called (like Office.js sending the batch); loaded values are committed to the
 * proxies asynchronously, when the returned promise settles. When an operation fails, the ones
 * before it stay applied, it and the rest of the queue are dropped, loads of that batch are not
 * delivered, and the promise rejects with the operation's error.
 */

import type { Engine } from "./engine";
import { excelError } from "./errors";
import type { ChangeRecord } from "./events";
import { NULL_OBJECT, Node, nodeOf, type Commit, type ContextLike, type Spec } from "./proxy";

interface Operation {
  readonly location: string;
  readonly apply: (commits: Commit[]) => void;
}

export type ArgsFactory = (record: ChangeRecord) => Excel.WorksheetChangedEventArgs;

export class Context implements ContextLike {
  readonly proxy: object;
  readonly workbook: Node;
  private queueOps: Operation[] = [];
  private closed = false;
  private seq = 0;

  constructor(
    readonly engine: Engine,
    workbookSpec: Spec,
    private readonly makeEventArgs: ArgsFactory,
    /** `Excel.run({ delayForCellEdit: true }, …)`: batches wait while the user edits a cell. */
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new Node(this, workbookSpec, "workbook", () => engine.state);
    this.proxy = makeContextProxy(this);
  }

  enqueue(node: Node, location: string, apply: (commits: Commit[]) => void): number {
    if (this.closed) {
      throw excelError(
        "InvalidObjectPath",
        location,
        "the object belongs to an Excel.run batch that has finished; queue operations inside the run (or pass its context to run())",
        node.path,
      );
    }
    this.engine.countOperation(location);
    this.seq += 1;
    this.queueOps.push({ location, apply });
    return this.seq;
  }

  /** Verifies that a proxy passed as an argument belongs to this context. */
  own(value: unknown, location: string): Node | undefined {
    const node = nodeOf(value);
    if (node && node.ctx !== this)
      throw excelError("InvalidRequestContext", location, "the object comes from another request context");
    return node;
  }

  get pendingCount(): number {
    return this.queueOps.length;
  }

  isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.closed = true;
    this.queueOps = [];
  }

  reopen(): void {
    this.closed = false;
  }

  sync<T>(passThrough?: T): Promise<T> {
    this.engine.syncCount += 1;
    return this.flush().then(() => passThrough as T);
  }

  /**
   * Sends the queue (also used by run's implicit final sync, which is not counted in syncCount). While
   * the user edits a cell, a batch fails at once, or with `delayForCellEdit` waits until the edit ends
   * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  flush(): Promise<void> {
    if (this.queueOps.length > 0 && this.engine.cellEdit) {
      if (this.delayForCellEdit) return this.engine.cellEditEnded().then(() => this.flush());
      const ops = this.queueOps;
      this.queueOps = [];
      this.engine.roundTripCount += 1;
      const { sheet, address } = this.engine.cellEdit;
      return Promise.reject(
        excelError(
          "InvalidOperationInCellEditMode",
          ops[0]?.location,
          `the user is editing ${sheet}!${address}; the batch is dropped (run with delayForCellEdit: true to wait)`,
        ),
      );
    }
    const ops = this.queueOps;
    this.queueOps = [];
    if (ops.length > 0) this.engine.roundTripCount += 1;
    const commits: Commit[] = [];
    let failure: { error: unknown } | null = null;
    this.engine.beginChanges();
    for (const op of ops) {
      try {
        op.apply(commits);
      } catch (error) {
        failure = { error };
        break;
      }
    }
    const changes = this.engine.endChanges();
    return Promise.resolve().then(() => {
      if (!failure) for (const commit of commits) commit();
      this.engine.events.dispatch(changes, this.makeEventArgs);
      if (failure) throw failure.error;
    });
  }
}

function makeContextProxy(ctx: Context): object {
  const trackedObjects = Object.freeze({ add: () => undefined, remove: () => undefined });
  const members: Record<string, unknown> = {
    workbook: ctx.workbook.proxy,
    application: undefined,
    trackedObjects,
    sync: (passThrough?: unknown) => ctx.sync(passThrough),
    load: (object: unknown, option?: unknown) => {
      const node = ctx.own(object, "RequestContext.load");
      if (!node) throw excelError("InvalidArgument", "RequestContext.load", "load() expects an Excel object");
      (node.proxy as { load(o?: unknown): unknown }).load(option);
      return object;
    },
  };
  return new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key === "symbol") return undefined;
        if (key === "application") return ctx.workbook.nav("application").proxy;
        if (Object.hasOwn(members, key)) return members[key];
        if (
          key === "then" ||
          key === "toJSON" ||
          key.startsWith("_") ||
          key.startsWith("@@") ||
          key.startsWith("$$")
        )
          return undefined;
        throw new TypeError(`in-memory Excel: RequestContext.${key} is not emulated`);
      },
      set(_t, key) {
        throw new TypeError(`in-memory Excel: RequestContext.${String(key)} cannot be set`);
      },
    },
  );
}

/** `OfficeExtension.ClientResult`: `value` is readable after the sync that computes it. */
export class ClientResult<T> {
  private state: { value: T } | null = null;

  get value(): T {
    if (!this.state) throw excelError("ValueNotLoaded", "ClientResult.value");
    return this.state.value;
  }

  deliver(value: T): void {
    this.state = { value };
  }
}

/** Queues an operation computing a ClientResult (e.g. `getCount()`); value arrives with the sync. */
export function queueResult<T, R>(
  node: Node,
  member: string,
  compute: (target: T, engine: Engine) => R,
): ClientResult<R> {
  const result = new ClientResult<R>();
  const location = `${node.spec.name}.${member}`;
  node.ctx.enqueue(node, location, (commits) => {
    const target = node.resolve(location);
    if (target === NULL_OBJECT) return;
    const value = compute(target as T, node.engine);
    commits.push(() => result.deliver(value));
  });
  return result;
}
