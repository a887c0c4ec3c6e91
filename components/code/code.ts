// gr.Code: source text shown and edited in a code editor (CodeMirror 6 on
// the page, loaded only for apps that use it). On the wire and in a handler
// the value is a string, as in Gradio.

import { BadValueError, optionNames, type Component, type EventMethods } from "../../src/component.ts";
import { UsageError } from "../../src/errors.ts";
import { define, type ValueFactory } from "../../src/factory.ts";
import { describe } from "../../src/values.ts";

/**
 * Gradio's `gr.Code.languages`, and JSX/TSX (CodeMirror's JavaScript
 * package reads them). A language without a CodeMirror package installed
 * here (c, yaml, shell, r…) shows as plain text.
 */
export const CODE_LANGUAGES = [
  "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2", "typescript", "jsx", "tsx",
  "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL", "sql-mariaDB", "sql-sqlite", "sql-cassandra",
  "sql-plSQL", "sql-hive", "sql-pgSQL", "sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper",
] as const;

export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export interface CodeOwnOptions {
  /** How the code is highlighted (null: plain text). One of `gr.Code.languages`. */
  language?: CodeLanguage | null;
  /** The editor's least height, in lines (default 5). */
  lines?: number;
  /** Its greatest height, in lines, before it scrolls (null: it grows with the code). */
  maxLines?: number | null;
  /** Long lines wrap instead of scrolling sideways (default false). */
  wrapLines?: boolean;
  /** A gutter with line numbers (default true). */
  showLineNumbers?: boolean;
  /** Completion suggestions while typing, for languages that have them (default false). */
  autocomplete?: boolean;
  /** The buttons in the corner: copy the code, download it as a file (default both). */
  buttons?: Array<"copy" | "download"> | null;
}

/** What a handler may return to a Code: its text (Gradio strips leading and trailing whitespace). */
export type CodeLike = string | null;

export interface Code extends Component<string | null, CodeLike>, EventMethods<"change" | "input" | "focus" | "blur"> {}

export type CodeFactory = ValueFactory<Code, CodeLike, CodeOwnOptions> & {
  /** The language names `language` takes, as Gradio's `gr.Code.languages`. */
  readonly languages: readonly (CodeLanguage | null)[];
};

/** Handler → page, as Gradio's postprocess. */
export function showCode(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) {
    // Gradio 4 took (path,) tuples; Gradio 5 refuses them with this advice.
    throw new BadValueError("Code does not take a file path tuple (as Gradio 5): read the file and return its text instead");
  }
  throw new BadValueError(`Code expects a string of code, got ${describe(value)}`);
}

/** Page → handler: the text as it is. */
export function readCode(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new BadValueError(`Code expects a string from the page, got ${describe(value)}`);
  return value;
}

function checkLanguage(language: unknown): void {
  if (language === null || language === undefined) return;
  if (!(CODE_LANGUAGES as readonly unknown[]).includes(language)) {
    throw new UsageError(`gr.Code: language ${JSON.stringify(language)} is not supported; use one of gr.Code.languages (${CODE_LANGUAGES.join(", ")}) or null`);
  }
}

const CodeComponent = define<ValueFactory<Code, CodeLike, CodeOwnOptions>>({
  type: "code",
  name: "Code",
  events: ["change", "input", "focus", "blur"],
  options: optionNames<CodeOwnOptions>()("language", "lines", "maxLines", "wrapLines", "showLineNumbers", "autocomplete", "buttons"),
  defaults: { language: null, lines: 5, maxLines: null, wrapLines: false, showLineNumbers: true, autocomplete: false, buttons: ["copy", "download"], minWidth: 160 },
  normalizeProps: (p) => {
    checkLanguage(p.language);
    // As Gradio: maxLines is at least lines.
    if (typeof p.maxLines === "number" && typeof p.lines === "number") p.maxLines = Math.max(p.lines, p.maxLines);
  },
  preprocess: readCode,
  postprocess: showCode,
});

export const Code = Object.assign(CodeComponent, { languages: [...CODE_LANGUAGES, null] as const }) as CodeFactory;
