// The raw baseline: one postMessage in, the same data back.
onmessage = (e) => postMessage(e.data);
