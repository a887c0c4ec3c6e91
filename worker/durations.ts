// How long each listener's runs take, for the ETA shown while a job waits.
// A moving average over the last runs, as Gradio estimates it.

const WINDOW = 20;

export class Durations {
  private readonly runs = new Map<number, number[]>();

  record(fnId: number, seconds: number): void {
    const list = this.runs.get(fnId) ?? [];
    list.push(seconds);
    if (list.length > WINDOW) list.shift();
    this.runs.set(fnId, list);
  }

  /** Mean seconds per run, or null before the first run ends. */
  average(fnId: number): number | null {
    const list = this.runs.get(fnId);
    if (!list?.length) return null;
    let sum = 0;
    for (const s of list) sum += s;
    return sum / list.length;
  }

  /** Seconds until a job at `position` (0-based) ends, given the listener's limit. */
  eta(fnId: number, position: number, limit: number | null): number | null {
    const avg = this.average(fnId);
    if (avg === null || limit === null) return avg;
    // The runs in progress end, then those ahead go lane by lane, then this one.
    return (Math.floor(position / Math.max(1, limit)) + 2) * avg;
  }
}
