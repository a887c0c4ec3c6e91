// demos/playground.html's own script: pick a gallery demo to start from, and
// share the code by a link that carries it in the hash, deflated and
// base64url-encoded (CompressionStream; nothing leaves the browser).

const slot = document.getElementById("slot");
const picker = document.getElementById("demo-picker");
const shareButton = document.getElementById("share");
const shareLink = document.getElementById("share-link");
const shareStatus = document.getElementById("share-status");

/** Strips the indentation every line shares, as the element does with its code. */
function dedent(text) {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const cut = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join("\n");
}

/** The playground's code as last edited (its `playground-change` event) or as given. */
let latest = dedent(slot.querySelector("script[type='text/gradio']").textContent);
document.addEventListener("playground-change", (e) => (latest = e.detail.code));

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

export async function pack(code) {
  const bytes = await pipe(new TextEncoder().encode(code), new CompressionStream("deflate"));
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function unpack(packed) {
  const text = atob(packed.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream("deflate")));
}

/** A fresh playground with this code (and a demo's <gradio-file>s), in place of the last. */
function show(code, files = []) {
  const element = document.createElement("gradio-lite");
  element.setAttribute("playground", "");
  element.setAttribute("layout", "horizontal");
  for (const file of files) element.append(file);
  const script = document.createElement("script");
  script.type = "text/gradio";
  script.textContent = code;
  element.append(script);
  latest = code;
  slot.replaceChildren(element);
}

/** The first app of a gallery demo: its code and files (their src made absolute). */
async function demoSource(file) {
  const url = new URL(file, location.href);
  const html = await (await fetch(url)).text();
  const app = new DOMParser().parseFromString(html, "text/html").querySelector("gradio-lite");
  if (!app) throw new Error(`${file} has no app`);
  const files = [...app.querySelectorAll("gradio-file")].map((f) => {
    const copy = document.createElement("gradio-file");
    for (const { name, value } of f.attributes) copy.setAttribute(name, name === "src" ? new URL(value, url).href : value);
    copy.textContent = f.textContent;
    f.remove();
    return copy;
  });
  const script = app.querySelector("script[type='text/gradio'], gradio-code");
  return { code: dedent((script ?? app).textContent), files };
}

/**
 * Code from a link runs only once the visitor asks: an app may run scripts on
 * this page (launch's `js` and `head`, `js` listeners), so a link is shown
 * first, as text, like any code from someone else.
 */
async function fromHash() {
  document.getElementById("shared")?.remove();
  const packed = new URLSearchParams(location.hash.slice(1)).get("code");
  if (!packed) return;
  let code;
  try {
    code = await unpack(packed);
  } catch {
    shareStatus.textContent = "This link's code could not be read (cut short?); showing the default app.";
    return;
  }
  const notice = document.createElement("section");
  notice.id = "shared";
  notice.setAttribute("aria-labelledby", "shared-heading");
  const heading = Object.assign(document.createElement("h2"), { id: "shared-heading", textContent: "Code from a link" });
  const why = Object.assign(document.createElement("p"), {
    textContent: "This link carries the app below. An app can run scripts on this page: run it if you trust whoever sent the link.",
  });
  const pre = Object.assign(document.createElement("pre"), { textContent: code, tabIndex: 0 });
  const run = Object.assign(document.createElement("button"), { type: "button", textContent: "Run the shared code" });
  run.addEventListener("click", () => {
    notice.remove();
    show(code);
    shareStatus.textContent = "Opened the shared code.";
  });
  notice.append(heading, why, pre, run);
  slot.before(notice);
  run.focus();
}

shareButton.addEventListener("click", async () => {
  const url = new URL(location.href);
  url.hash = `code=${await pack(latest)}`;
  shareLink.value = url.href;
  history.replaceState(null, "", url);
  try {
    await navigator.clipboard.writeText(url.href);
    shareStatus.textContent = "Link copied.";
  } catch {
    shareStatus.textContent = "Link ready: copy it from the box.";
  }
});

picker.addEventListener("change", async () => {
  if (!picker.value) return show(slot.dataset.initial);
  try {
    const { code, files } = await demoSource(picker.value);
    show(code, files);
    shareStatus.textContent = "";
  } catch (error) {
    shareStatus.textContent = `Could not load ${picker.value}: ${error.message}`;
  }
});

slot.dataset.initial = latest;
addEventListener("hashchange", () => void fromHash());
void fromHash();

// The gallery's demos, from its index (each page's first app).
void fetch("../index.html")
  .then((r) => r.text())
  .then((html) => {
    const links = new DOMParser().parseFromString(html, "text/html").querySelectorAll('#demos a[href^="demos/"]');
    for (const a of links) {
      const file = a.getAttribute("href").slice("demos/".length);
      if (file === "playground.html") continue;
      picker.append(new Option(a.querySelector("strong")?.textContent ?? file, file));
    }
  });
