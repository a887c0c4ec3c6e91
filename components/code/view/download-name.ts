// The file name a downloaded gr.Code gets: its language's usual extension, as Gradio's.
const EXTENSIONS: Record<string, string> = {
  python: "py", c: "c", cpp: "cpp", markdown: "md", latex: "tex", json: "json", html: "html", css: "css",
  javascript: "js", jinja2: "jinja2", typescript: "ts", jsx: "jsx", tsx: "tsx", yaml: "yaml",
  dockerfile: "dockerfile", shell: "sh", r: "r",
};

export function downloadName(language: string | null): string {
  const ext = language?.startsWith("sql") ? "sql" : (language && EXTENSIONS[language]) || "txt";
  return `file.${ext}`;
}
