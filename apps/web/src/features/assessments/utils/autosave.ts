/** The timer functions the scheduler uses (the browser's, or a test's fake ones). */
export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * When to autosave: `delayMs` after the last change (so typing is saved in one request once the person pauses),
 * or at once on `flush()` (a text field losing focus, leaving the page, the tab being hidden). One save runs at a
 * time: a save asked for while another is under way runs once that one has finished, so each save is sent with the
 * version the previous one returned. While paused (e.g. a conflict is shown) nothing is saved.
 *
 * `save` decides whether there is anything to send; it handles its own failures (the scheduler ignores them).
 */
export class AutosaveScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private paused = false;
  private disposed = false;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly delayMs = 1000,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** Something changed: save once nothing more has changed for the delay (or `delayMs`, e.g. to retry later). */
  changed(delayMs = this.delayMs): void {
    if (this.paused || this.disposed) return;
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delayMs);
  }

  /** Saves now (after the save under way, if any); resolves when that save has finished. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.paused) return Promise.resolve();
    if (!this.running) return this.run();
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.paused ? undefined : this.run();
    });
    return this.queued;
  }

  /** Whether a save is waiting for its delay or under way. */
  get busy(): boolean {
    return this.timer !== null || this.running !== null;
  }

  pause(): void {
    this.paused = true;
    this.clearTimer();
  }

  resume(): void {
    this.paused = false;
  }

  /** Stops the timer for good (the page has gone); a save under way still finishes. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private run(): Promise<void> {
    const running = this.save()
      .catch(() => undefined)
      .finally(() => {
        if (this.running === running) this.running = null;
      });
    this.running = running;
    return running;
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
