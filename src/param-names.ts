// A handler's parameter names, read from its source: Gradio labels an
// Interface's inputs and the API's parameters after them.

const IDENT = /^[A-Za-z_$][\w$]*/;

/** Names of the leading simple parameters (stops at destructuring or rest). */
export function paramNames(fn: (...args: never[]) => unknown): string[] {
  const src = Function.prototype.toString.call(fn);
  const list = paramList(src);
  if (list === null) return [];
  const names: string[] = [];
  for (const part of splitTopLevel(list)) {
    const name = IDENT.exec(part.trim())?.[0];
    if (!name) break;
    names.push(name);
  }
  return names;
}

/**
 * Whether the handler has a rest parameter (`(...args) => …`,
 * `(a, ...rest) => …`): it then receives the input values only, as a Python
 * `*args` handler does, and no trailing ctx.
 */
export function hasRestParameter(fn: (...args: never[]) => unknown): boolean {
  const list = paramList(Function.prototype.toString.call(fn));
  return list !== null && splitTopLevel(list).some((part) => part.trim().startsWith("..."));
}

function paramList(src: string): string | null {
  const head = src.replace(/^async\s*/, "");
  const bare = /^([A-Za-z_$][\w$]*)\s*=>/.exec(head);
  if (bare) return bare[1];
  const open = head.indexOf("(");
  if (open < 0) return null;
  let depth = 0;
  for (let i = open; i < head.length; i++) {
    const ch = head[i];
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return head.slice(open + 1, i);
    }
  }
  return null;
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  if (list.slice(start).trim()) parts.push(list.slice(start));
  return parts;
}
