// The floor's worker (floor.html): one answer, as the hello-world app's.
onmessage = (e) => postMessage("Hello, " + e.data + "!");
