// The shaped floor's script (floor-page.html): floor.html's, loaded as the
// hello-world page loads lite.js, from a file. A copy on purpose: floor.html
// must keep its script inline (importing this would add the very request the
// two pages differ by).
const b = (window.__bench = {});
try {
  const worker = new Worker(new URL("./floor-worker.js", import.meta.url), { type: "module" });
  b.workerSpawnMs = performance.now();
  const answer = await new Promise((resolve, reject) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.onerror = (e) => reject(new Error(e.message || "floor worker failed"));
    worker.postMessage("World");
  });
  b.predictMs = performance.now();
  b.answer = answer;
  b.isolated = self.crossOriginIsolated;
  b.timeOrigin = performance.timeOrigin;
  b.htmlLoadedMs = performance.getEntriesByType("navigation")[0]?.responseEnd ?? null;
} catch (error) {
  b.error = String(error?.stack ?? error);
}
b.done = true;
