// `gradio-lite build page.html --out site/`: a page and everything it needs,
// as one static folder that any host serves from any path:
//   site/page.html          the page, its lite.js script pointing at gradio-lite/
//   site/gradio-lite/       the runtime files this page's apps can load
//   site/gradio-lite-sw.js  with launch({ pwa: true }): beside the page (docs/deploy.md)
//   site/…                  the apps' `src` modules, <gradio-file>s, and the
//                           page's and apps' own files they name by relative path
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dedent, inlineCode, prerenderApp, withFirstView, withFirstViewStyles } from "./prerender.mjs";

const RUNTIME_FOLDER = "gradio-lite";
const SW_FILE = "gradio-lite-sw.js";
const GRAPH_FILE = "gradio-lite-chunks.json";

/**
 * Parts of the runtime that load only for apps whose code names them (as
 * worker/lazy-api.ts decides in the browser): a page whose apps never name
 * them ships without their chunks. test/node/build-site.test.ts checks that
 * each pattern still finds its chunks in the build.
 */
export const OPTIONAL_PARTS = [
  { names: /\b(?:Chatbot|ChatInterface|ChatMessage|MultimodalTextbox)\b/, chunks: /^assets\/(?:chat-api|chatbot|multimodal-textbox)-/ },
  { names: /\bData[Ff]rame\b/, chunks: /^assets\/dataframe-api-/ },
  // Flagging (an Interface's default; a ChatInterface's group imports it; a module the app imports may flag, as worker/lazy-api.ts loads it), and gr.DataFrame's view, which shows the flagged rows.
  { names: /\b(?:Data[Ff]rame|Interface|ChatInterface|CSVLogger|SimpleCSVLogger|FlaggingCallback|import)\b/, chunks: /^assets\/dataframe-(?!api-)/ },
  { names: /\b(?:Interface|ChatInterface|CSVLogger|SimpleCSVLogger|FlaggingCallback|import)\b/, chunks: /^assets\/(?:flag-actions|flagging|flagging-api|flag-store|flagged-rows|flagged-zip)-/ },
  { names: /\bDateTime\b/, chunks: /^assets\/(?:datetime-api|datetime)-/ },
  { names: /\bPlot\b/, chunks: /^assets\/(?:vega-plot-api|vega-plot)-/ },
  { names: /\b(?:LinePlot|ScatterPlot|BarPlot)\b/, chunks: /^assets\/(?:plots-api|native-plot)-/ },
  { names: /\bDatabase/, chunks: /^assets\/(?:database-api|database-sqljs|sql-wasm)/ },
  // gr.ImageEditor: its group, its conversions and its view (docs/media.md).
  { names: /\b(?:ImageEditor|Sketchpad|Paint|ImageMask|Brush|Eraser|LayerOptions)\b/, chunks: /^assets\/image-editor(?:-api|-convert)?-/ },
  // Live media: webcam and microphone streams, audio as samples (docs/media.md).
  { names: /\bstream|\bsample(?:s|Rate)\b|\bimport\b/, chunks: /^assets\/(?:live-api|frames|samples|webcam|microphone-view|frame-canvas|to-wav|controls)-/ },
];

/** The runtime this command ships: the package's own dist/ (GRADIO_LITE_DIST for a build elsewhere). */
export function defaultRuntime() {
  return resolve(process.env.GRADIO_LITE_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url)));
}

export class BuildError extends Error {}

/**
 * Builds the site; resolves with what it wrote. Rejects with a BuildError
 * that says what to fix. `prerender: false` leaves the apps to render in the
 * browser only.
 */
export async function buildSite(pagePath, outDir, { runtime = defaultRuntime(), prerender = true } = {}) {
  const page = resolve(pagePath);
  const root = dirname(page);
  const out = resolve(outDir);
  if (!existsSync(page)) throw new BuildError(`${pagePath}: no such file`);
  if (!existsSync(join(runtime, "lite.js")) || !existsSync(join(runtime, GRAPH_FILE))) {
    throw new BuildError(`no runtime build in ${runtime} (lite.js, ${GRAPH_FILE}): run \`npm run build\` in gradio-lite first`);
  }
  let html = readFileSync(page, "utf8");
  const lite = /(<script\b[^>]*\bsrc=["'])([^"']*lite\.js)(["'][^>]*>)/i;
  if (!lite.test(html)) throw new BuildError(`${pagePath} loads no lite.js: add <script type="module" src="…/lite.js"></script> to its <head>`);
  html = html.replace(lite, `$1${RUNTIME_FOLDER}/lite.js$3`);

  const files = new Set();
  const codes = [];
  /** Each app to prerender: its element as written, its code and where the code's relative imports point. */
  const apps = [];
  const inside = (file, why) => {
    if (relative(root, file).startsWith("..")) throw new BuildError(`${why} is outside the page's folder (${root}): move it beside the page`);
    return file;
  };
  // Each <gradio-lite>: its code (inline or `src`), its <gradio-file>s.
  for (const [element, attributes, body] of html.matchAll(/<gradio-lite\b([^>]*)>([\s\S]*?)<\/gradio-lite>/gi)) {
    const src = attribute(attributes, "src");
    if (src && isLocal(src)) {
      const file = inside(resolve(root, src), `<gradio-lite src="${src}">`);
      if (!existsSync(file)) throw new BuildError(`<gradio-lite src="${src}">: ${file} does not exist`);
      collectModule(file, root, files, codes);
      apps.push({ element, attributes, body, code: readFileSync(file, "utf8"), baseUrl: pathToFileURL(file).href });
    } else {
      const { code } = inlineCode(body);
      codes.push({ code, base: root });
      // The playground lays out an editor beside the app when its script runs: it is not prerendered.
      if (!src && !/\splayground\b/i.test(attributes)) apps.push({ element, attributes, body, code: dedent(code), baseUrl: pathToFileURL(page).href });
    }
    for (const [, fileAttributes] of element.matchAll(/<gradio-file\b([^>]*)>/gi)) {
      const fileSrc = attribute(fileAttributes, "src");
      if (!fileSrc || !isLocal(fileSrc)) continue;
      const file = inside(resolve(root, fileSrc), `<gradio-file src="${fileSrc}">`);
      if (!existsSync(file)) throw new BuildError(`<gradio-file src="${fileSrc}">: ${file} does not exist`);
      files.add(file);
    }
  }
  if (!codes.length) throw new BuildError(`${pagePath} has no <gradio-lite> app`);
  // A <link>ed file from outside the page's folder (a site-wide icon or stylesheet, "../favicon.svg")
  // comes into the site's root, and the page points at that copy: the site stays self-contained.
  const lifted = new Map();
  html = html.replace(/(<link\b[^>]*\bhref=["'])([^"'#?]+)(["'])/gi, (tag, head, ref, tail) => {
    const file = resolve(root, ref);
    if (!isLocal(ref) || !relative(root, file).startsWith("..") || !existsSync(file) || !statSync(file).isFile()) return tag;
    const name = existsSync(join(root, basename(file))) ? `site-${basename(file)}` : basename(file);
    lifted.set(name, file);
    return `${head}${name}${tail}`;
  });
  // The page's own files (a stylesheet, an icon, an image) and those the apps name ("assets/cat.png").
  const pageOutsideApps = html.replace(/<gradio-lite\b[\s\S]*?<\/gradio-lite>/gi, "");
  for (const [, ref] of pageOutsideApps.matchAll(/\b(?:src|href)=["']([^"'#?]+)["']/gi)) addIfFile(resolve(root, ref), root, files);
  for (const { code, base } of codes) for (const ref of namedPaths(code)) addIfFile(resolve(base, ref), root, files);

  const allCode = codes.map((c) => c.code).join("\n");
  const pwa = /\bpwa\s*:\s*true\b/.test(allCode);
  const graph = JSON.parse(readFileSync(join(runtime, GRAPH_FILE), "utf8"));
  const chunks = runtimeFiles(graph, allCode);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const written = [];
  const copy = (from, to) => {
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    written.push({ path: relative(out, to).split(sep).join("/"), bytes: statSync(to).size });
  };
  for (const chunk of chunks) copy(join(runtime, chunk), join(out, RUNTIME_FOLDER, chunk));
  for (const file of files) if (file !== page) copy(file, join(out, relative(root, file)));
  for (const [name, file] of lifted) copy(file, join(out, name));
  if (pwa) {
    copy(join(runtime, SW_FILE), join(out, SW_FILE));
    // The site's own chunk graph: the page precaches from it (ui/pwa/chunks.ts), and must not ask for a chunk left out.
    const shipped = new Set(chunks);
    const own = Object.fromEntries(chunks.map((file) => [file, [graph[file][0], graph[file][1].filter((ref) => shipped.has(ref))]]));
    writeFileSync(join(out, RUNTIME_FOLDER, GRAPH_FILE), JSON.stringify(own));
    written.push({ path: `${RUNTIME_FOLDER}/${GRAPH_FILE}`, bytes: statSync(join(out, RUNTIME_FOLDER, GRAPH_FILE)).size });
  }
  const notes = [];
  if (prerender) html = await prerenderApps(html, apps, runtime, notes);
  writeFileSync(join(out, basename(page)), html);
  written.push({ path: basename(page), bytes: Buffer.byteLength(html) });
  return { out, pwa, written, runtimeFiles: chunks.length, prerendered: prerender ? apps.length - notes.length : 0, notes };
}

/** The page with each app's first view in it (bin/prerender.mjs); an app that cannot be prerendered is left as written, with a note why. */
async function prerenderApps(html, apps, runtime, notes) {
  const styles = new Map();
  let page = html;
  for (const [index, app] of apps.entries()) {
    const result = await prerenderApp(runtime, { code: app.code, baseUrl: app.baseUrl, appKey: `gradio-lite:${index}` });
    if (!result.ok) {
      notes.push(`app ${index + 1} is not prerendered (it renders when its script runs): ${result.message}`);
      continue;
    }
    // Rules are shared by the apps: each stylesheet once.
    for (const [name, css] of result.styles) styles.set(name, css);
    page = page.replace(app.element, () => withFirstView(app.attributes, app.body, result));
  }
  return styles.size ? withFirstViewStyles(page, [...styles.values()].join("\n")) : page;
}

/** lite.js and what it can reach, leaving out the optional parts no app names. */
export function runtimeFiles(graph, code) {
  const unused = OPTIONAL_PARTS.filter((part) => !part.names.test(code)).map((part) => part.chunks);
  const seen = new Set(["lite.js"]);
  const queue = ["lite.js"];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const ref of graph[file]?.[1] ?? []) {
      if (seen.has(ref) || unused.some((pattern) => pattern.test(ref)) || !graph[ref]) continue;
      seen.add(ref);
      queue.push(ref);
    }
  }
  return [...seen];
}

/** An app module and the local modules it imports. */
function collectModule(file, root, files, codes) {
  if (files.has(file)) return;
  files.add(file);
  const code = readFileSync(file, "utf8");
  codes.push({ code, base: dirname(file) });
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+from\s*)?\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const imported = resolve(dirname(file), spec);
    if (existsSync(imported) && !relative(root, imported).startsWith("..")) collectModule(imported, root, files, codes);
  }
}

/** Relative paths an app's code names in string literals ("assets/star.svg", "./data.csv"). */
function namedPaths(code) {
  return [...code.matchAll(/["'`]((?:\.{0,2}\/)?[\w.-]+(?:\/[\w.-]+)*\.[A-Za-z0-9]{1,5})["'`]/g)].map((m) => m[1]).filter(isLocal);
}

function addIfFile(file, root, files) {
  if (!relative(root, file).startsWith("..") && existsSync(file) && statSync(file).isFile()) files.add(file);
}

function isLocal(ref) {
  return !/^(?:[a-z][\w+.-]*:|\/\/|\/)/i.test(ref);
}

function attribute(attributes, name) {
  return new RegExp(`\\b${name}=["']([^"']*)["']`, "i").exec(attributes)?.[1] ?? null;
}
