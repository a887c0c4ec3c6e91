// The app author's js, given as source text (`launch({ js })`, `jsOnLoad`),
// made callable. Gradio takes either a function expression or plain
// statements for js=; both work here. It is the author's own code, run as
// written (docs/custom-html.md), compiled in global scope: none of this
// module's bindings are visible to it.

/** The author's code as one call: `scope` holds what it may use (element, props, trigger). */
export type AuthorCode = (scope?: Record<string, unknown>) => unknown;

type Fn = (...args: unknown[]) => unknown;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...argsAndBody: string[]) => Fn;

/**
 * Turns `source` into a call. A function expression (`() => …`,
 * `function () {…}`, `async (x) => …`, or a method such as `jsOnLoad({ element }) {…}`
 * from a function's toString) is called with `scope` as its one argument, as
 * Gradio calls it (with no argument when there is no scope). Anything else
 * runs as statements (`await` allowed) that see each of `variables` by name.
 * Throws a SyntaxError when the source is neither.
 */
export function authorCode(source: string, variables: readonly string[] = []): AuthorCode {
  const fn = functionOf(source.trim().replace(/;+$/, ""));
  if (fn) return (scope) => (scope ? fn(scope) : fn());
  const body = new AsyncFunction(...variables, source);
  return (scope = {}) => body(...variables.map((name) => scope[name]));
}

/** The function `text` denotes, evaluated only when that cannot run any of its code. */
function functionOf(text: string): Fn | null {
  if (isFunctionLiteral(text)) {
    const value = evaluate(`return (${text}\n);`);
    if (typeof value === "function") return value as Fn;
  }
  // A method's source (`name(args) { … }`) is an expression only inside an object literal.
  // `if (…) { … }` and the like would read as methods named `if`: they are statements.
  if (/^(?:async\s+)?\*?\s*[\w$]+\s*\(/.test(text) && !/^(?:if|for|while|with|switch|catch)\b/.test(text)) {
    const object = evaluate(`return ({ ${text}\n });`);
    const values = object && typeof object === "object" ? Object.values(object) : [];
    if (values.length === 1 && typeof values[0] === "function") return values[0] as Fn;
  }
  return null;
}

/** Runs `body` if it compiles; null if it does not (then the source is statements). */
function evaluate(body: string): unknown {
  let make: () => unknown;
  try {
    make = new Function(body) as () => unknown;
  } catch {
    return null;
  }
  return make();
}

/**
 * Whether `text` starts as a function literal, so that evaluating it (when it
 * is one whole expression) only creates the function. Statements such as an
 * IIFE `(() => {…})()` do not count: their first parenthesis closes before
 * something other than `=>`. (`function () {…}()` would run, but it is no
 * valid statement either; Gradio would run it too.)
 */
function isFunctionLiteral(text: string): boolean {
  const rest = text.replace(/^async\b\s*/, "");
  if (/^function\b/.test(rest)) return true;
  if (/^[\w$]+\s*=>/.test(rest)) return true;
  if (!rest.startsWith("(")) return false;
  const close = matchingParen(rest);
  return close > 0 && /^\s*=>/.test(rest.slice(close + 1));
}

/** The index of the parenthesis that closes the one at 0, skipping strings; -1 if none. */
function matchingParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}
