// Every demo, once, on a phone-sized page (390 px): axe-core over its apps,
// light and dark, colour contrast included; no horizontal overflow; no two
// visible controls overlapping (issue #13); and no demo uses an option the
// runtime warns about (a porting slip). One page load per demo keeps the
// suite's time (this is its most expensive spec).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, renderedCount } from "./helpers.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const dir = fileURLToPath(new URL("../../demos/", import.meta.url));
const demos = readdirSync(dir)
  .filter((f) => f.endsWith(".html"))
  .sort();

/** The `<gradio-lite>` elements of a demo that are meant to render. */
function appsToRender(file: string): number {
  const tags = readFileSync(dir + file, "utf8").match(/<gradio-lite\b[^>]*>/g) ?? [];
  return tags.filter((t) => !t.includes("data-deliberate-error")).length;
}

/** How far the page scrolls sideways (0 when nothing overflows), and the deepest elements past its right edge. */
function overflowingElements(page: Page): Promise<{ px: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (e: Element) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + [...e.classList].map((c) => `.${c}`).join("");
    const past = [...document.body.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > width + 0.5);
    // The innermost ones name the cause; their ancestors only carry it.
    const culprits = past.filter((e) => !past.some((o) => o !== e && e.contains(o))).slice(0, 5).map(name);
    return { px: document.documentElement.scrollWidth - width, culprits };
  });
}

/**
 * Pairs of visible controls in the apps whose boxes overlap by more than a
 * pixel each way; a text field counts by its content box, so a button in
 * its reserved padding (DateTime's calendar) is no overlap.
 * Boxes are clipped by their scrolling ancestors first (a row scrolled out of
 * a table's view overlaps nothing).
 */
function overlappingControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="slider"], [role="tab"], [contenteditable="true"]';
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""} "${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 24)}"`;
    type Box = { l: number; t: number; r: number; b: number };
    const meet = (a: Box, z: Box): Box => ({ l: Math.max(a.l, z.l), t: Math.max(a.t, z.t), r: Math.min(a.r, z.r), b: Math.min(a.b, z.b) });
    const big = (x: Box) => x.r - x.l > 1 && x.b - x.t > 1;
    const controls: Array<{ el: Element; box: Box }> = [];
    for (const el of document.querySelectorAll(`gradio-lite :is(${selector})`)) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || Number(style.opacity) === 0 || el.closest("[inert]")) continue;
      const rect = el.getBoundingClientRect();
      const inset = (side: string) => parseFloat(style.getPropertyValue(`padding-${side}`)) + parseFloat(style.getPropertyValue(`border-${side}-width`));
      const field = el.matches('textarea, input:not([type="button"], [type="submit"], [type="checkbox"], [type="radio"], [type="range"])');
      let box: Box = field
        ? { l: rect.left + inset("left"), t: rect.top + inset("top"), r: rect.right - inset("right"), b: rect.bottom - inset("bottom") }
        : { l: rect.left, t: rect.top, r: rect.right, b: rect.bottom };
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
          const c = p.getBoundingClientRect();
          box = meet(box, { l: c.left, t: c.top, r: c.right, b: c.bottom });
        }
      }
      if (big(box)) controls.push({ el, box });
    }
    const pairs: string[] = [];
    for (const [i, a] of controls.entries()) {
      for (const z of controls.slice(i + 1)) {
        if (a.el.contains(z.el) || z.el.contains(a.el)) continue;
        const over = meet(a.box, z.box);
        if (big(over)) pairs.push(`${name(a.el)} × ${name(z.el)} (${Math.round(over.r - over.l)}×${Math.round(over.b - over.t)} px)`);
      }
    }
    return pairs;
  });
}

/** Waits until the page's layout stops moving (lazy views, their CSS, gr.render output): two equal readings 200 ms apart. */
async function settled(page: Page): Promise<void> {
  const reading = () => page.evaluate(() => `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}:${document.querySelectorAll("gradio-lite *").length}`);
  let last = "";
  for (let i = 0; i < 20; i++) {
    const now = await reading();
    if (now === last) return;
    last = now;
    await page.waitForTimeout(200);
  }
}

test.use({ viewport: { width: 390, height: 844 } });

for (const file of demos) {
  test(`demos/${file} at 390 px: every app renders; no overflow, no overlapping controls, no axe violations, no option warnings, no page errors`, async ({ page }) => {
    // Eight apps (dataframe.html) then two axe runs over 2,000 elements pass 30 s on a loaded machine.
    test.setTimeout(60_000);
    // Registered before the page opens: the workers' warnings arrive while the apps load.
    const warnings: string[] = [];
    page.on("console", (m) => void (m.type() === "warning" && m.text().startsWith("[gradio-lite]") && warnings.push(m.text())));
    const errors = collectPageErrors(page);
    await openDemo(page, `demos/${file}`, appsToRender(file));
    expect(warnings).toEqual([]);
    // Every app renders, and only the deliberately broken ones show a load error (one load of each demo
    // checks all of this; gallery.spec checks that index.html links to each).
    const broken = page.locator("gradio-lite[data-deliberate-error]");
    await expect(page.locator("gradio-lite[data-deliberate-error] .gr-load-error")).toHaveCount(await broken.count());
    await expect(page.locator("gradio-lite:not([data-deliberate-error]) .gr-load-error")).toHaveCount(0);
    expect(await renderedCount(page), "no app rendered late").toBe(appsToRender(file));
    // The gallery's frame (demos/demo-page.js): a way back, and every app's code, open for the checks below.
    await expect(page.locator('nav.demo-nav a[href="../index.html"]')).toHaveCount(1);
    await expect(page.locator("details.demo-code pre")).toHaveCount(await page.locator("gradio-lite").count());
    await page.locator("details.demo-code summary").click();
    await settled(page);
    const overflow = await overflowingElements(page);
    expect.soft(overflow.px, `horizontal overflow at 390 px, from ${overflow.culprits.join(", ")}`).toBe(0);
    expect.soft(await overlappingControls(page), "overlapping controls at 390 px").toEqual([]);
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"], [".demo-nav"], [".demo-code"]] }, {});
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(" ")}`);
      });
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}
