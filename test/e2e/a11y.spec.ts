// axe-core over every demo's apps, light and dark, colour contrast included;
// and no demo uses an option the runtime warns about (a porting slip).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { openDemo } from "./helpers.ts";

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

for (const file of demos) {
  test(`demos/${file} has no axe violations in its apps, and no option warnings`, async ({ page }) => {
    // Registered before the page opens: the workers' warnings arrive while the apps load.
    const warnings: string[] = [];
    page.on("console", (m) => void (m.type() === "warning" && m.text().startsWith("[gradio-lite]") && warnings.push(m.text())));
    await openDemo(page, `demos/${file}`, appsToRender(file));
    expect(warnings).toEqual([]);
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: any[] }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"]] }, {});
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(" ")}`);
      });
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
  });
}
