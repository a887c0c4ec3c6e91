// One app's prerender, in a Node worker thread (bin/build-site.mjs starts it
// with the request as workerData and ends it after the answer).
import { parentPort, workerData } from "node:worker_threads";
import { renderApp, type PrerenderRequest, type PrerenderResult } from "./render-app.tsx";

// Worker-side code reads the worker's global scope by this name.
Object.assign(globalThis, { self: globalThis });

const answer = (result: PrerenderResult) => parentPort?.postMessage(result);
renderApp(workerData as PrerenderRequest).then(answer, (error: unknown) =>
  answer({ ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
