import css from "./styles.css?inline";

let injected = false;

/** Adds the runtime's CSS to the page once, before any app renders. */
export function injectStyles(): void {
  if (injected || typeof document === "undefined") return;
  injected = true;
  const style = document.createElement("style");
  style.dataset.gradioLite = "";
  style.textContent = css;
  document.head.prepend(style);
}
