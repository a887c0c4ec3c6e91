// A JSON value as lines of coloured tokens, built with a loop and an explicit
// stack rather than by recursion: however deep the value, the view renders a
// flat list (a 400-deep value once overflowed the stack of a recursive view).

export interface Token {
  text: string;
  /** null, string, number, boolean or key: the token's colour. */
  kind?: "null" | "string" | "number" | "boolean" | "key";
}

export interface Line {
  depth: number;
  tokens: Token[];
}

function scalar(value: unknown): Token {
  if (value === null || value === undefined) return { text: "null", kind: "null" };
  if (typeof value === "string") return { text: JSON.stringify(value), kind: "string" };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value), kind: typeof value as "number" | "boolean" };
  return { text: String(value) };
}

interface Frame {
  entries: [string | null, unknown][];
  next: number;
  close: string;
}

export function jsonLines(value: unknown): Line[] {
  const lines: Line[] = [];
  const stack: Frame[] = [];
  // Puts one value on the current line: a scalar, an empty container, or an opener whose entries follow.
  const put = (line: Line, v: unknown): void => {
    if (v === null || typeof v !== "object") {
      line.tokens.push(scalar(v));
      return;
    }
    const isArray = Array.isArray(v);
    const entries: [string | null, unknown][] = isArray ? v.map((x) => [null, x]) : Object.entries(v);
    const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
    if (!entries.length) {
      line.tokens.push({ text: open + close });
      return;
    }
    line.tokens.push({ text: open });
    stack.push({ entries, next: 0, close });
  };
  const first: Line = { depth: 0, tokens: [] };
  lines.push(first);
  put(first, value);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const depth = stack.length;
    if (frame.next === frame.entries.length) {
      stack.pop();
      lines.push({ depth: depth - 1, tokens: [{ text: frame.close }] });
    } else {
      const [key, v] = frame.entries[frame.next++]!;
      const line: Line = { depth, tokens: key === null ? [] : [{ text: `${JSON.stringify(key)}: `, kind: "key" }] };
      lines.push(line);
      put(line, v);
    }
  }
  return addCommas(lines);
}

/** Commas: a line ends with one when the next line at its depth continues the same container. */
function addCommas(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const last = line.tokens[line.tokens.length - 1]?.text ?? "";
    // An opener's comma comes after its closer.
    if (last === "[" || last === "{") continue;
    const next = lines[i + 1]!;
    if (next.depth === line.depth && !/^[\]}]$/.test(next.tokens[0]?.text ?? "")) line.tokens.push({ text: "," });
  }
  return lines;
}
