// Which files a component's `fileTypes` take, as Gradio's `is_valid_file`
// decides: "file" takes any file, ".ext" (or a bare "pdf") the end of its
// name, a category ("image") or a MIME type ("image/png", "image/*") its type.
// One rule for both sides: the page refuses a file before it uploads, the
// worker again for API calls.

export const FILE_CATEGORIES = ["image", "audio", "video", "text"];

/** Whether a file named `name` of `mimeType` fits `fileTypes`; no list takes any file. */
export function acceptsFile(name: string, mimeType: string, fileTypes: readonly string[] | null | undefined): boolean {
  if (!fileTypes) return true;
  const lowerName = name.toLowerCase();
  const mime = mimeType.toLowerCase();
  return fileTypes.some((given) => {
    const type = given.trim().toLowerCase();
    if (type === "file" || type === "*" || type === "*/*" || type === "file/*") return true;
    if (type.includes("/")) return type.endsWith("/*") ? mime.startsWith(type.slice(0, -1)) : mime === type;
    if (FILE_CATEGORIES.includes(type)) return mime.startsWith(`${type}/`);
    const ext = type.startsWith(".") ? type : `.${type}`;
    return lowerName.length > ext.length && lowerName.endsWith(ext);
  });
}
