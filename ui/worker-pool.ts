// Workers started before the UI code has even loaded: lite.js spawns one per
// <gradio-lite> on the page first thing, so the worker's fetch and start
// overlap the UI chunk's (bench/README.md: cold start). Only lite.js imports
// this file, so it stays inside lite.js instead of becoming a chunk.

const pool: Worker[] = [];

export function prespawn(count: number): void {
  for (let i = 0; i < count; i++) {
    pool.push(new Worker(new URL("../worker/entry.ts", import.meta.url), { type: "module", name: "gradio-lite" }));
  }
}

/** A worker started early, if one is left. */
export function takePrespawned(): Worker | null {
  return pool.shift() ?? null;
}
