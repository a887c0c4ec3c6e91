// How long each listener's runs take, for the ETA shown while a job waits.
// A moving average over the last runs, as Gradio estimates it.

const WINDOW = 20;

export class Durations {
  private readonly runs = new Map<number, { list: number[]; sum: number }>();

  record(fnId: number, seconds: number): void {
    let runs = this.runs.get(fnId);
    if (!runs) this.runs.set(fnId, (runs = { list: [], sum: 0 }));
    runs.list.push(seconds);
    runs.sum += seconds;
    if (runs.list.length > WINDOW) runs.sum -= runs.list.shift()!;
  }

  /** Mean seconds per run, or null before the first run ends. */
  average(fnId: number): number | null {
    const runs = this.runs.get(fnId);
    return runs ? Math.max(0, runs.sum) / runs.list.length : null;
  }

  /** Seconds until a job at `position` (0-based) ends, given the listener's limit. */
  eta(fnId: number, position: number, limit: number | null): number | null {
    const avg = this.average(fnId);
    if (avg === null || limit === null) return avg;
    // The runs in progress end, then those ahead go lane by lane, then this one.
    return (Math.floor(position / Math.max(1, limit)) + 2) * avg;
  }
}
