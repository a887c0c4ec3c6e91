// Which files a MultimodalTextbox takes, decided on the page before a byte
// uploads (the rule itself is src/file-types.ts, which the worker applies
// again for API calls).

import { FILE_CATEGORIES as CATEGORIES, acceptsFile } from "../../../src/file-types.ts";

/** Whether `file` fits `fileTypes` ("image", ".pdf", "pdf", "image/png", "file"); no list takes any file. */
export function accepts(file: { name: string; type: string }, fileTypes: readonly string[] | null): boolean {
  return acceptsFile(file.name, file.type, fileTypes);
}

/** The file picker's `accept` attribute, as Gradio's Upload builds it ("image" → "image/*"). */
export function acceptAttribute(fileTypes: readonly string[] | null): string | undefined {
  if (!fileTypes || fileTypes.some((t) => t === "file" || t === "*")) return undefined;
  return fileTypes
    .map((t) => (t.startsWith(".") || t.includes("/") ? t : CATEGORIES.includes(t) ? `${t}/*` : `.${t}`))
    .join(",");
}

/** Splits `files` into those `fileTypes` takes and the names of those it refuses. */
export function sortFiles(files: File[], fileTypes: readonly string[] | null): { taken: File[]; refused: string[] } {
  const taken: File[] = [];
  const refused: string[] = [];
  for (const f of files) (accepts(f, fileTypes) ? taken.push(f) : refused.push(f.name));
  return { taken, refused };
}

/** What the user reads when files are refused: which, and what the box takes. */
export function refusedMessage(refused: readonly string[], fileTypes: readonly string[]): string {
  const names = refused.map((n) => `“${n}”`).join(", ");
  return `${names} ${refused.length === 1 ? "is" : "are"} not accepted here. Accepted: ${fileTypes.join(", ")}.`;
}
