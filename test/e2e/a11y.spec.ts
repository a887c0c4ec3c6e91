// axe-core over every demo's apps, light and dark. Colour contrast is left
// out here: the primary button's white on orange (Gradio's palette) is a
// known design choice, reported separately.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { openDemo } from "./helpers.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const demos = readdirSync(fileURLToPath(new URL("../../demos/", import.meta.url)))
  .filter((f) => f.endsWith(".html"))
  .sort();

for (const file of demos) {
  test(`demos/${file} has no axe violations in its apps`, async ({ page }) => {
    await page.goto(`demos/${file}`); // only to count the apps
    const expected = await page.locator("gradio-lite:not([data-deliberate-error])").count();
    await openDemo(page, `demos/${file}`, expected);
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"]] }, { rules: { "color-contrast": { enabled: false } } });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(" ")}`);
      });
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
  });
}
