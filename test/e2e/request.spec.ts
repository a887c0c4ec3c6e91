import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

test.describe("the page's request", () => {
  // Registered before the page opens, so what the apps print while loading is caught.
  let warnings: string[] = [];
  let logs: string[] = [];
  test.beforeEach(({ page }) => {
    warnings = [];
    logs = [];
    page.on("console", (m) => {
      if (m.type() === "warning" && m.text().startsWith("[gradio-lite]")) warnings.push(m.text());
      if (m.type() === "log") logs.push(m.text());
    });
  });
  openForEachTest("demos/request.html?name=Ada&team=blue", 2);

  test("the apps load without option warnings or axe violations", async ({ page }) => {
    expect(warnings).toEqual([]);
    await page.addScriptTag({ path: axePath });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite"]] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect.soft(violations, `${scheme} scheme`).toEqual([]);
    }
  });

  test("ctx.request holds the page's URL and query parameters", async ({ page }) => {
    const a = app(page, "query-app");
    await expect(a.getByRole("textbox", { name: "Greeting" })).toHaveValue("Hello, Ada!");
    await expect(a.getByRole("textbox", { name: "Page URL (ctx.request.url)" })).toHaveValue(/\/demos\/request\.html\?name=Ada&team=blue$/);
    await expect(a.getByText("Query parameters (ctx.request.query)")).toBeVisible();
    await expect(a).toContainText('"name": "Ada"');
    await expect(a).toContainText('"team": "blue"');
  });

  test("another query string, another greeting", async ({ page }) => {
    await page.goto("demos/request.html?name=Grace");
    await expect(app(page, "query-app").getByRole("textbox", { name: "Greeting" })).toHaveValue("Hello, Grace!");
    await page.goto("demos/request.html");
    await expect(app(page, "query-app").getByRole("textbox", { name: "Greeting" })).toHaveValue("Hello! Add ?name=… to the page's address.");
  });

  test("the guide's echo returns its text and logs the request to the console", async ({ page }) => {
    const a = app(page, "echo-app");
    await a.getByRole("textbox", { name: "text" }).fill("hello there");
    await a.getByRole("button", { name: "Submit" }).click();
    await expect(a.getByRole("textbox", { name: "output" })).toHaveValue("hello there");
    await expect.poll(() => logs).toContain('Query parameters: {"name":"Ada","team":"blue"}');
    expect(logs.find((l) => l.startsWith("Page URL:"))).toMatch(/^Page URL: http.*\/demos\/request\.html\?name=Ada&team=blue$/);
  });

  test("a call from a client runs echo too (an Interface's endpoint is /predict, as in Gradio)", async ({ page }) => {
    const data = await page.evaluate(async () => {
      const el = document.querySelector("#echo-app") as HTMLElement & { client: Promise<{ predict(name: string, args: unknown[]): Promise<{ data: unknown[] }> }> };
      return (await (await el.client).predict("/predict", ["via the API"])).data;
    });
    expect(data).toEqual(["via the API"]);
  });
});
