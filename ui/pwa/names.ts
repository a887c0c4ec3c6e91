// Names the page and its service worker share.

/** The service worker file, in the folder that holds the page and the runtime. */
export const SW_FILE = "gradio-lite-sw.js";
/** The query parameter of its URL that carries the precache list: `[[url, revision|null], …]`. */
export const PRECACHE_PARAM = "precache";
/** A request with this header goes to the network, past the precache. */
export const FRESH_HEADER = "x-gradio-lite-fresh";
