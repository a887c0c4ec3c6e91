// The PDF component's page side: an upload area, then the document one page
// at a time, drawn by pdf.js (loaded on first use, from where the app serves it).
const PDFJS = new URL("../../dist/demo-vendor/pdfjs/", import.meta.url).href;
let pdfjs = null;

function loadPdfjs() {
  pdfjs ??= import(`${PDFJS}pdf.min.mjs`).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = `${PDFJS}pdf.worker.min.mjs`;
    return lib;
  });
  return pdfjs;
}

const BUTTON =
  "font:inherit;font-size:14px;padding:6px 14px;border-radius:8px;border:1px solid var(--gr-border);background:var(--gr-secondary-bg);color:var(--gr-text);cursor:pointer";

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export default function view(element, { value, props, setValue, trigger, upload }) {
  const input = el("input", { type: "file", accept: "application/pdf,.pdf", hidden: true });
  const pick = el("button", { type: "button", textContent: "Upload a PDF" });
  pick.style.cssText = BUTTON;
  const hint = el("p", { textContent: "or drop one here" });
  hint.style.cssText = "margin:0;font-size:14px;color:var(--gr-text-muted)";
  const empty = el("div", {}, pick, hint, input);
  empty.style.cssText =
    "display:flex;flex-direction:column;align-items:center;gap:8px;padding:32px 16px;border:1px dashed var(--gr-input-border);border-radius:8px";

  const canvas = el("canvas");
  canvas.setAttribute("role", "img");
  canvas.style.cssText = "display:block;max-width:100%;margin:0 auto;border:1px solid var(--gr-border);background:#fff";
  const previous = el("button", { type: "button", textContent: "←" });
  const next = el("button", { type: "button", textContent: "→" });
  previous.setAttribute("aria-label", "Previous page");
  next.setAttribute("aria-label", "Next page");
  previous.style.cssText = next.style.cssText = BUTTON;
  const where = el("span", { textContent: "" });
  where.setAttribute("aria-live", "polite");
  where.style.cssText = "font-size:14px;color:var(--gr-text);min-width:7em;text-align:center";
  const nav = el("div", {}, previous, where, next);
  nav.style.cssText = "display:flex;justify-content:center;align-items:center;gap:12px;margin-top:8px";
  const status = el("p", { role: "status" });
  status.style.cssText = "margin:0;font-size:14px;color:var(--gr-text-muted)";
  const shown = el("div", {}, canvas, nav);
  element.append(empty, shown, status);

  let current = { value, props };
  let doc = null;
  let page = 1;
  let drawing = Promise.resolve();

  async function take(files) {
    const file = [...files].find((f) => f.type === "application/pdf" || f.name.toLowerCase().endsWith(".pdf"));
    if (!file) {
      status.textContent = "That is not a PDF file.";
      return;
    }
    status.textContent = "Uploading…";
    try {
      const [data] = await upload([file]);
      status.textContent = "";
      setValue(data);
      trigger("upload", data);
    } catch (error) {
      status.textContent = error.message;
    }
  }

  pick.addEventListener("click", () => input.click());
  input.addEventListener("change", () => input.files && take(input.files));
  empty.addEventListener("dragover", (event) => event.preventDefault());
  empty.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer?.files.length) take(event.dataTransfer.files);
  });
  previous.addEventListener("click", () => turn(-1));
  next.addEventListener("click", () => turn(1));

  function turn(step) {
    if (!doc) return;
    const to = Math.min(doc.numPages, Math.max(1, page + step));
    if (to !== page) {
      page = to;
      draw();
    }
  }

  function draw() {
    drawing = drawing.then(async () => {
      if (!doc) return;
      const pdfPage = await doc.getPage(page);
      // The page fits the block's width and its height (Gradio's `height`, 500 px by default).
      const natural = pdfPage.getViewport({ scale: 1 });
      const width = Math.max(160, element.clientWidth || 600);
      const height = typeof current.props.height === "number" ? current.props.height : 500;
      const viewport = pdfPage.getViewport({ scale: Math.min(width / natural.width, height / natural.height) });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      await pdfPage.render({ canvas, canvasContext: canvas.getContext("2d"), viewport, transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0] }).promise;
      where.textContent = `Page ${page} of ${doc.numPages}`;
      canvas.setAttribute("aria-label", `Page ${page} of ${doc.numPages} of ${current.value?.origName ?? "the PDF"}`);
      previous.disabled = page === 1;
      next.disabled = page === doc.numPages;
      previous.style.opacity = previous.disabled ? "0.5" : "1";
      next.style.opacity = next.disabled ? "0.5" : "1";
    });
    return drawing;
  }

  async function show() {
    const file = current.value;
    const editable = current.props.interactive !== false;
    empty.style.display = file || !editable ? "none" : "flex";
    // The page shows once drawn: no blank canvas while pdf.js opens it.
    shown.hidden = true;
    if (!file) {
      doc?.destroy();
      doc = null;
      status.textContent = editable ? "" : "No PDF";
      return;
    }
    status.textContent = "Opening…";
    try {
      const lib = await loadPdfjs();
      const opened = await lib.getDocument({ url: file.url }).promise;
      if (current.value !== file) return opened.destroy();
      doc?.destroy();
      doc = opened;
      page = 1;
      await draw();
      status.textContent = "";
      shown.hidden = false;
    } catch (error) {
      status.textContent = `This PDF cannot be shown: ${error.message}`;
    }
  }

  show();
  return {
    update(nextValue, nextProps) {
      const changed = nextValue !== current.value;
      current = { value: nextValue, props: nextProps };
      if (changed) show();
      else empty.style.display = nextValue || nextProps.interactive === false ? "none" : "flex";
    },
    destroy() {
      doc?.destroy();
      element.replaceChildren();
    },
  };
}
