import { expect, test } from "@playwright/test";
import { openDemo } from "./helpers.ts";

interface Outcome {
  ok: boolean;
  value?: unknown;
  message?: string;
  name?: string;
}

test.describe("calculator", () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, "demos/calculator.html");
  });

  test("elemIds become DOM ids of the components", async ({ page }) => {
    for (const id of ["a", "b", "sum", "add"]) await expect(page.locator(`#${id}`)).toHaveCount(1);
    await expect(page.locator("#a").getByRole("spinbutton", { name: "a", exact: true })).toBeVisible();
    await expect(page.locator("#b").getByRole("spinbutton", { name: "b", exact: true })).toBeVisible();
    // A Button's elemId is on the <button> itself, as in Gradio.
    await expect(page.locator("#add").and(page.getByRole("button", { name: "Add", exact: true }))).toBeVisible();
    await expect(page.getByRole("heading", { name: "Add two numbers" })).toBeVisible();
    // a and b sit side by side in the Row.
    const a = await page.locator("#a").boundingBox();
    const b = await page.locator("#b").boundingBox();
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x).toBe(true);
  });

  test("adds via the Add button", async ({ page }) => {
    await page.getByRole("spinbutton", { name: "a", exact: true }).fill("2");
    await page.getByRole("spinbutton", { name: "b", exact: true }).fill("3.5");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.locator("#sum input")).toHaveValue("5.5");
    await page.getByRole("spinbutton", { name: "a", exact: true }).fill("-10");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.locator("#sum input")).toHaveValue("-6.5");
  });

  test("client.predict from page JavaScript", async ({ page }) => {
    const result = await page.evaluate(async () => {
      const client = await (document.querySelector("gradio-lite") as HTMLElement & { client: Promise<any> }).client;
      return client.predict("/add", [1, 2]);
    });
    expect(result.data).toEqual([3]);
    // predict does not touch the UI.
    await expect(page.locator("#sum input")).toHaveValue("");
  });

  test("the page's own button calls client.predict and prints the result", async ({ page }) => {
    await page.getByLabel("x", { exact: true }).fill("40");
    await page.getByLabel("y", { exact: true }).fill("2");
    await page.getByRole("button", { name: 'client.predict("/add", [x, y])' }).click();
    await expect(page.locator("#client-result")).toContainText("40 + 2 = 42");
  });

  test("client.predict rejects an unknown endpoint and a wrong argument count with clear messages", async ({ page }) => {
    const [unknown, tooFew, tooMany] = await page.evaluate(async () => {
      const client = await (document.querySelector("gradio-lite") as HTMLElement & { client: Promise<any> }).client;
      const attempt = async (endpoint: string, data: unknown[]): Promise<Outcome> => {
        try {
          return { ok: true, value: await client.predict(endpoint, data) };
        } catch (e) {
          return { ok: false, message: (e as Error).message, name: (e as Error).name };
        }
      };
      return Promise.all([attempt("/subtract", [1, 2]), attempt("/add", [1]), attempt("/add", [1, 2, 3])]);
    });
    expect(unknown.ok).toBe(false);
    expect(unknown.message).toContain('No endpoint named "/subtract"');
    expect(unknown.message).toContain("/add");
    expect(tooFew.ok).toBe(false);
    expect(tooFew.message).toContain("/add takes 2 argument(s), got 1");
    expect(tooMany.ok).toBe(false);
    expect(tooMany.message).toContain("/add takes 2 argument(s), got 3");
  });

  test("viewApi lists /add with its parameters", async ({ page }) => {
    const api = await page.evaluate(async () => {
      const client = await (document.querySelector("gradio-lite") as HTMLElement & { client: Promise<any> }).client;
      return client.viewApi();
    });
    const add = api.endpoints.find((e: { name: string }) => e.name === "/add");
    expect(add).toBeTruthy();
    expect(add.parameters.map((p: { component: string }) => p.component)).toEqual(["number", "number"]);
    expect(add.parameters.map((p: { name: string }) => p.name)).toEqual(["x", "y"]);
    expect(add.returns.map((p: { label: string }) => p.label)).toEqual(["sum"]);
  });
});
