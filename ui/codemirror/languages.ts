// Gradio's language names → CodeMirror language support, each package in its
// own chunk, loaded the first time an editor shows that language. A name
// without an installed package (c, yaml, shell, r…) gets null: plain text.

import type { Extension } from "@codemirror/state";

type Loader = () => Promise<Extension>;

const js = (config: { jsx?: boolean; typescript?: boolean }): Loader => () => import("@codemirror/lang-javascript").then((m) => m.javascript(config));

// lang-sql's dialects under Gradio's "sql-…" names; the rest read as standard SQL.
const SQL_DIALECTS = { msSQL: "MSSQL", mySQL: "MySQL", mariaDB: "MariaSQL", sqlite: "SQLite", cassandra: "Cassandra", plSQL: "PLSQL", pgSQL: "PostgreSQL" } as const;

const sql = (dialect: string): Loader => () =>
  import("@codemirror/lang-sql").then((m) => {
    const name = SQL_DIALECTS[dialect as keyof typeof SQL_DIALECTS] ?? "StandardSQL";
    return m.sql({ dialect: m[name] });
  });

const LOADERS: Record<string, Loader> = {
  python: () => import("@codemirror/lang-python").then((m) => m.python()),
  javascript: js({}),
  typescript: js({ typescript: true }),
  jsx: js({ jsx: true }),
  tsx: js({ jsx: true, typescript: true }),
  json: () => import("@codemirror/lang-json").then((m) => m.json()),
  html: () => import("@codemirror/lang-html").then((m) => m.html()),
  css: () => import("@codemirror/lang-css").then((m) => m.css()),
  markdown: () => import("@codemirror/lang-markdown").then((m) => m.markdown()),
  sql: sql("standard"),
};

/** Whether `language` is highlighted here (false: it shows as plain text). */
export function isHighlighted(language: string | null | undefined): boolean {
  return !!language && (language in LOADERS || language.startsWith("sql-"));
}

/** The support for `language`, or null for plain text (an unknown name, or none). */
export function loadLanguage(language: string | null | undefined): Promise<Extension | null> {
  if (!language || !isHighlighted(language)) return Promise.resolve(null);
  const load = LOADERS[language] ?? sql(language.slice(4));
  return load();
}
