// A job's cancellation (job:cancel: a Stop button, a `cancels` listener, the
// client's cancel()). Handlers see it as `ctx.signal`, an AbortSignal, but
// most never read it: making an AbortController per job and listening on it
// cost about 12 µs of each predict's time in the worker (a CPU profile of
// 5,000 predicts: a third of the runtime's own share), so the controller is
// made only when a handler reads `ctx.signal` (issue #14 item 7).

export class Cancellation {
  aborted = false;
  private controller: AbortController | null = null;
  private wake: (() => void) | null = null;
  private raced: Promise<"cancelled"> | null = null;

  /**
   * Resolves once the job is cancelled: a run that awaits something races it,
   * so a handler that ignores the signal still ends. Made on first read: a
   * handler that returns at once never waits on it.
   */
  get cancelled(): Promise<"cancelled"> {
    return (this.raced ??= this.aborted ? Promise.resolve("cancelled") : new Promise((resolve) => (this.wake = () => resolve("cancelled"))));
  }

  /** The job's AbortSignal, aborted already if the job was cancelled before it was read. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort();
    }
    return this.controller.signal;
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.controller?.abort();
    this.wake?.();
  }
}
