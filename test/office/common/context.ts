import { accessDenied, apiNotFound, OfficeDoubleError } from './errors';

/**
 * The machinery every Office double shares: a request context that queues actions and runs them
 * at `sync()`, in order, the way Office runs a batch; proxies whose properties exist only once
 * loaded and synced; collections whose `items` exist only after load and sync.
 */

/** One queued action. Writes are refused as a whole batch when the document is protected. */
interface Action {
  readonly write: boolean;
  readonly where: string;
  readonly run: () => void;
}

/** What a double tells the context about the document it serves. */
export interface DocumentPolicy {
  /** Simulated latency per sync, in milliseconds. */
  readonly latencyMs: number;
  /** Whether the document refuses writes (Office answers AccessDenied). */
  readonly isProtected: () => boolean;
  /** Whether the host supports requirement set `name` at `version`. */
  readonly supports: (name: string, version: string) => boolean;
  /** Called once per sync, before the batch runs. */
  readonly countSync: () => void;
  /** Called after a batch that wrote something ran. */
  readonly afterWrite: () => void;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RequestContextDouble {
  private queue: Action[] = [];
  /** Bumped when a batch runs: proxies made in an earlier batch keep their object (as tracked objects do). */
  batch = 0;
  readonly policy: DocumentPolicy;
  /** Office's tracked-object list; the double keeps every object alive anyway. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(policy: DocumentPolicy) {
    this.policy = policy;
  }

  enqueue(where: string, run: () => void, write = false): void {
    this.queue.push({ where, run, write });
  }

  /** Queues a failure that surfaces at the next sync, as an API the host lacks does in Office. */
  requireSet(name: string, version: string, where: string): void {
    if (!this.policy.supports(name, version)) {
      this.enqueue(where, () => {
        throw apiNotFound(where, `${name} ${version}`);
      });
    }
  }

  async sync(): Promise<void> {
    this.policy.countSync();
    const actions = this.queue;
    this.queue = [];
    if (this.policy.latencyMs > 0) await delay(this.policy.latencyMs);
    const firstWrite = actions.find((a) => a.write);
    if (firstWrite && this.policy.isProtected()) throw accessDenied(firstWrite.where);
    this.batch += 1;
    try {
      actions.forEach((action) => action.run());
    } catch (error) {
      if (error instanceof OfficeDoubleError) throw error;
      throw new OfficeDoubleError('GeneralException', error instanceof Error ? error.message : String(error));
    } finally {
      if (firstWrite) this.policy.afterWrite();
    }
  }
}

/** Compares requirement-set versions ("1.10" > "1.4"). */
export const versionAtLeast = (have: string | undefined, want: string): boolean => {
  if (have === undefined) return false;
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
};

export const supportsFrom =
  (sets: Readonly<Record<string, string>>) =>
  (name: string, version: string): boolean =>
    versionAtLeast(sets[name], version);
