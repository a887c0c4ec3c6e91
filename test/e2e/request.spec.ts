import { expect, test, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

test.describe("the page's request", () => {
  let logs: string[] = [];
  test.beforeEach(({ page }) => {
    logs = [];
    page.on("console", (m) => {
      if (m.type() === "log") logs.push(m.text());
    });
  });
  openForEachTest("demos/request.html?name=Ada&team=blue", 2);

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
