// Extra baselines with gradio-lite's own message pattern: the page hands over
// a MessagePort (as the runtime's `connect` does) and the worker answers each
// message on it with 1 reply, or with 3 (job:started, job:output, job:done,
// as one predict does).
onmessage = (e) => {
  const port = e.ports[0];
  const replies = e.data.replies;
  port.onmessage = (m) => {
    if (replies === 1) return port.postMessage(m.data);
    const job = m.data.job;
    port.postMessage({ type: "job:started", job });
    port.postMessage({ type: "job:output", job, updates: [{ id: 5, value: "Hello, x!", hasValue: true }], data: ["Hello, x!"], final: true });
    port.postMessage({ type: "job:done", job, ok: true });
  };
  postMessage("ready");
};
