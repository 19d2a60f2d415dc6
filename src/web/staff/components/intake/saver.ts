import { ApiError } from '../../api.ts';
import type { DraftView, IntakeDraftData } from '../../contract/cases.ts';

/** What the officer is told about saving: nothing yet, saved at a time, retrying, refused, reloaded. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'retrying' }
  | { kind: 'rejected'; error: unknown }
  | { kind: 'reloaded'; at: string };

export interface DraftIo {
  save: (data: IntakeDraftData, version: number | undefined) => Promise<DraftView>;
  load: () => Promise<DraftView>;
}

export interface SaverEvents {
  status: (status: SaveStatus) => void;
  /** The server's copy replaced the screen's after a conflict: show it. */
  reloaded: (draft: DraftView) => void;
}

const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 30_000;

/**
 * Saves a draft a moment after the last change, one request at a time, always with the version
 * of the last answer. Lost connections are retried with growing pauses; a stale version (409)
 * loads the server's copy instead; a refused record waits for the next change.
 */
export class DraftSaver {
  private version: number | undefined;
  private pending: IntakeDraftData | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = FIRST_RETRY_MS;
  private lastOk = true;
  private stopped = false;

  constructor(
    private readonly io: DraftIo,
    private readonly on: SaverEvents,
    version: number | undefined,
    private readonly delayMs = 800,
  ) {
    this.version = version;
  }

  change(data: IntakeDraftData): void {
    if (this.stopped) return;
    this.pending = data;
    this.schedule(this.delayMs);
  }

  /** Saves what is waiting now; true when the server has the latest data. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (!this.running && this.pending) this.running = this.run();
    while (this.running) await this.running;
    return this.lastOk && this.pending === null;
  }

  /** Saves nothing more: the draft is being discarded. Waits for a save already on its way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.pending = null;
    while (this.running) await this.running;
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.running) this.running = this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    try {
      while (this.pending) {
        const data = this.pending;
        this.pending = null;
        this.on.status({ kind: 'saving' });
        if (!(await this.send(data))) return;
      }
    } finally {
      this.running = null;
    }
  }

  /** One request; false when saving must stop until a retry or the next change. */
  private async send(data: IntakeDraftData): Promise<boolean> {
    try {
      const saved = await this.io.save(data, this.version);
      this.version = saved.version;
      this.retryMs = FIRST_RETRY_MS;
      this.lastOk = true;
      if (!this.pending) this.on.status({ kind: 'saved', at: saved.updatedAt });
      return true;
    } catch (error) {
      this.lastOk = false;
      if (error instanceof ApiError && error.status === 409) return this.reload(data);
      if (error instanceof ApiError && error.status < 500 && error.status !== 429) {
        this.on.status({ kind: 'rejected', error });
        return false;
      }
      // Not reached, or the server could not answer: keep the newest data and try again.
      this.pending ??= data;
      this.on.status({ kind: 'retrying' });
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
      return false;
    }
  }

  private async reload(data: IntakeDraftData): Promise<boolean> {
    try {
      const current = await this.io.load();
      this.version = current.version;
      this.pending = null;
      this.lastOk = true;
      this.on.reloaded(current);
      this.on.status({ kind: 'reloaded', at: current.updatedAt });
    } catch {
      this.pending ??= data;
      this.on.status({ kind: 'retrying' });
      this.schedule(this.retryMs);
    }
    return false;
  }
}
