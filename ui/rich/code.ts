// Fenced code blocks, highlighted with highlight.js. The highlighter's core
// and each language are separate chunks fetched only when a block needs them
// (docs/rich-text.md has the bytes); until then a block stays plain, escaped
// text, which is also what an unknown language gets.

import type { HLJSApi, LanguageFn } from "highlight.js";

/** One lazy chunk per language; highlight.js's grammars are self-contained (typescript carries its own javascript). */
const GRAMMARS = {
  bash: () => import("highlight.js/lib/languages/bash"),
  c: () => import("highlight.js/lib/languages/c"),
  cpp: () => import("highlight.js/lib/languages/cpp"),
  css: () => import("highlight.js/lib/languages/css"),
  diff: () => import("highlight.js/lib/languages/diff"),
  dockerfile: () => import("highlight.js/lib/languages/dockerfile"),
  go: () => import("highlight.js/lib/languages/go"),
  java: () => import("highlight.js/lib/languages/java"),
  javascript: () => import("highlight.js/lib/languages/javascript"),
  json: () => import("highlight.js/lib/languages/json"),
  markdown: () => import("highlight.js/lib/languages/markdown"),
  python: () => import("highlight.js/lib/languages/python"),
  r: () => import("highlight.js/lib/languages/r"),
  rust: () => import("highlight.js/lib/languages/rust"),
  sql: () => import("highlight.js/lib/languages/sql"),
  typescript: () => import("highlight.js/lib/languages/typescript"),
  xml: () => import("highlight.js/lib/languages/xml"),
  yaml: () => import("highlight.js/lib/languages/yaml"),
} satisfies Record<string, () => Promise<{ default: LanguageFn }>>;

/** A language this module can highlight (its canonical name). */
export type Language = keyof typeof GRAMMARS;

// The names people write after ``` for the languages above. Anything else
// (text, txt, plaintext, an unknown name) renders plain.
const ALIASES: Record<string, Language> = {
  py: "python", python3: "python", py3: "python",
  js: "javascript", jsx: "javascript", mjs: "javascript", cjs: "javascript", node: "javascript",
  ts: "typescript", tsx: "typescript", mts: "typescript", cts: "typescript",
  jsonc: "json",
  sh: "bash", shell: "bash", zsh: "bash",
  html: "xml", htm: "xml", xhtml: "xml", svg: "xml",
  "c++": "cpp", cc: "cpp", cxx: "cpp", hpp: "cpp", h: "c",
  golang: "go", rs: "rust", yml: "yaml", md: "markdown", patch: "diff", docker: "dockerfile",
};

/** The language a fence's info string names, if we can highlight it. */
export function languageOf(info: string | undefined): Language | undefined {
  const name = (info ?? "").trim().split(/\s/, 1)[0].toLowerCase();
  if (Object.hasOwn(GRAMMARS, name)) return name as Language;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

// A fence may sit in a blockquote or a list item (`> ```py`, `- ```py`).
const FENCE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})([^\n]*)\n?([\s\S]*?)(?:^[ \t>]*\1[`~]*[ \t]*$|(?![\s\S]))/gm;

/** Each fenced block's info string, in order. A cheap scan: no Markdown parse. */
export function fencedInfos(text: string): string[] {
  return [...text.matchAll(FENCE)].map((m) => m[2]);
}

/** `text` without its fenced blocks: what a scan for formulas should read. */
export function withoutFences(text: string): string {
  return text.replace(FENCE, "");
}

let hljs: HLJSApi | null = null;
let core: Promise<HLJSApi> | null = null;
const ready = new Set<Language>();
// A language whose chunk failed to load is not asked for again: its blocks stay plain.
const failed = new Set<Language>();
const loading = new Map<Language, Promise<void>>();

/** Languages the fences in `text` name that are not loaded (nor failed to load). */
export function codeNeeds(text: string): Language[] {
  const needs = new Set<Language>();
  for (const info of fencedInfos(text)) {
    const language = languageOf(info);
    if (language && !ready.has(language) && !failed.has(language)) needs.add(language);
  }
  return [...needs];
}

/** Loads the highlighter and one language. Never rejects: on failure the language stays plain. */
export function loadLanguage(language: Language): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    core ??= import("./code-render.ts").then((m) => (hljs = m.hljs));
    promise = Promise.all([core, GRAMMARS[language]()]).then(
      ([api, grammar]) => {
        api.registerLanguage(language, grammar.default);
        ready.add(language);
      },
      (error: unknown) => {
        failed.add(language);
        console.warn(`gradio-lite: could not load highlighting for ${language}; its code shows plain`, error);
      },
    );
    loading.set(language, promise);
  }
  return promise;
}

/**
 * The highlighted HTML of a fenced block (escaped text in `<span class>`s),
 * or null when its language is unknown or not loaded: the caller renders it plain.
 */
export function highlightCode(code: string, info: string | undefined): { language: Language; html: string } | null {
  const language = languageOf(info);
  if (!hljs || !language || !ready.has(language)) return null;
  try {
    return { language, html: hljs.highlight(code, { language, ignoreIllegals: true }).value };
  } catch {
    return null;
  }
}
