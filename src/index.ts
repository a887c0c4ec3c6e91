// The authoring API: everything app code reaches as `gr.*`. An npm build
// bundles what it uses; a `<gradio-lite>` worker starts with api.ts and loads
// the groups below when the app's code names them (worker/lazy-api.ts).
export * from "./api.ts";
export * from "./chat-api.ts";
export * from "./dataframe-api.ts";
export * from "./datetime-api.ts";
export * from "./vega-plot-api.ts";
export * from "./plots-api.ts";
export * from "./database-api.ts";
export * from "./more-api.ts";
export * from "./image-editor-api.ts";
export * from "./code-api.ts";
export * from "./examples-api.ts";
export * from "./tabbed-interface.ts";
export * from "./flagging-api.ts";
// Webcam and microphone streams, audio as samples: they teach gr.Image and gr.Audio their live values.
export * from "./live-api.ts";
// gr.Component with the code that reads an app's own component from its
// class's statics: a bundled app gets that code when it names gr.Component.
export { Component } from "./custom-class.ts";
// What a <gradio-lite> worker loads by the names in the app's code, a bundle gets with what it uses.
export { Image, Audio } from "./bundled-media.ts";
