// The raw baseline for streaming: on { n }, post n messages shaped like a
// streamed output, as fast as the worker can.
onmessage = (e) => {
  const { n, job } = e.data;
  for (let i = 1; i <= n; i++) {
    postMessage({ type: "job:output", job, updates: [{ id: 3, hasValue: true, value: i }], data: [i], final: false });
  }
  postMessage({ type: "job:done", job, ok: true });
};
