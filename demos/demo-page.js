// The gallery's frame around a demo page (not part of the runtime): a
// "View code" disclosure under the apps with each app's source, read from
// its <gradio-lite> before the runtime replaces the code with the app. Loaded
// with `defer` before lite.js, so it runs first.
(() => {
  /** The code as the element holds it: a <script type="text/gradio">, its text, or its src. */
  function codeOf(el) {
    const raw = el.querySelector(':scope > script[type="text/gradio"], :scope > script[type="gradio"], :scope > gradio-code');
    // As the element reads it (ui/element.ts): text, and any markup the parser made of it, but not <gradio-file>s.
    const text = raw
      ? raw.textContent
      : [...el.childNodes]
          .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : n.nodeType === Node.ELEMENT_NODE && n.tagName !== "GRADIO-FILE" ? n.outerHTML : ""))
          .join("");
    const src = el.getAttribute("src");
    return { text: dedent(text), src };
  }

  function dedent(text) {
    const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
    const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(cut)).join("\n");
  }

  const apps = [...document.querySelectorAll("gradio-lite")].map(codeOf);
  if (!apps.length) return;
  const details = document.createElement("details");
  details.className = "demo-code";
  const summary = document.createElement("summary");
  summary.textContent = apps.length > 1 ? `View code (${apps.length} apps)` : "View code";
  details.append(summary);
  apps.forEach((app, i) => {
    const figure = document.createElement("figure");
    const caption = document.createElement("figcaption");
    caption.textContent = `${apps.length > 1 ? `App ${i + 1}` : "The app"}${app.src ? ` (${app.src})` : ""}`;
    const pre = document.createElement("pre");
    // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
    pre.tabIndex = 0;
    pre.setAttribute("aria-label", `${caption.textContent}: source code`);
    const code = document.createElement("code");
    code.textContent = app.text;
    pre.append(code);
    figure.append(caption, pre);
    details.append(figure);
    // An app loaded from a file shows that file's text.
    if (app.src && !app.text.trim()) {
      fetch(new URL(app.src, document.baseURI))
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then((text) => (code.textContent = text))
        .catch((e) => (code.textContent = `Could not load ${app.src}: ${e.message}`));
    }
  });
  document.body.append(details);
})();
