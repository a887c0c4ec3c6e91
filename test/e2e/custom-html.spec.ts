import { expect, test, type Locator, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);

/** How many of a rating's five stars are lit (not faded). */
async function lit(stars: Locator): Promise<number> {
  return stars.evaluateAll((imgs) => imgs.filter((img) => !img.classList.contains("faded")).length);
}

test.describe("custom HTML components", () => {
  openForEachTest("demos/custom-html.html", 3);

  test("clicking a star sets the value; Submit Rating triggers submit and the listener shows it", async ({ page }) => {
    const a = app(page, "rating-app");
    const stars = a.getByRole("img");
    await expect(a.getByRole("heading", { name: "Star Rating:" })).toBeVisible();
    await expect(stars).toHaveCount(5);
    expect(await lit(stars)).toBe(3);
    await a.getByRole("img", { name: "5 stars" }).click();
    await expect.poll(() => lit(stars)).toBe(5);
    // Only submit runs the listener, not the value change.
    await expect(a.getByRole("textbox", { name: "Submitted Rating" })).toHaveValue("");
    await a.getByRole("button", { name: "Submit Rating" }).click();
    await expect(a.getByRole("textbox", { name: "Submitted Rating" })).toHaveValue("5");
    // The stars keep working after the template is drawn again.
    await a.getByRole("img", { name: "2 stars" }).click();
    await expect.poll(() => lit(stars)).toBe(2);
    await a.getByRole("button", { name: "Submit Rating" }).click();
    await expect(a.getByRole("textbox", { name: "Submitted Rating" })).toHaveValue("2");
  });

  test("trigger's event data reaches the listener as ctx.event.key and ctx.event.count", async ({ page }) => {
    const a = app(page, "event-data-app");
    const said = a.getByRole("textbox", { name: "Event data" });
    const keypad = a.getByRole("group", { name: "Keypad" });
    await keypad.getByRole("button", { name: "B" }).click();
    await expect(said).toHaveValue("key: B, count: 1");
    await keypad.getByRole("button", { name: "C" }).click();
    await expect(said).toHaveValue("key: C, count: 2");
    // From the keyboard too: the keys are buttons.
    await keypad.getByRole("button", { name: "A" }).focus();
    await page.keyboard.press("Enter");
    await expect(said).toHaveValue("key: A, count: 3");
  });

  test("the StarRating class: three ratings in, their rounded average out", async ({ page }) => {
    const a = app(page, "review-app");
    await expect(a.getByRole("heading", { name: "Restaurant Review" })).toBeVisible();
    for (const label of ["Food", "Service", "Ambience", "Average"]) {
      await expect(a.getByRole("heading", { name: `${label} rating:` })).toBeVisible();
    }
    const stars = (label: string) => a.getByRole("img", { name: new RegExp(`^${label}: `) });
    await expect(stars("Average")).toHaveCount(5);
    await a.getByRole("img", { name: "Food: 5 stars" }).click();
    await a.getByRole("img", { name: "Service: 4 stars" }).click();
    await a.getByRole("img", { name: "Ambience: 1 star", exact: true }).click();
    await expect.poll(() => lit(stars("Food"))).toBe(5);
    await expect.poll(() => lit(stars("Ambience"))).toBe(1);
    await a.getByRole("button", { name: "Calculate Average Rating" }).click();
    // round((5 + 4 + 1) / 3) = 3, then (5 + 4 + 4) / 3 → 4
    await expect.poll(() => lit(stars("Average"))).toBe(3);
    await a.getByRole("img", { name: "Ambience: 4 stars" }).click();
    await a.getByRole("button", { name: "Calculate Average Rating" }).click();
    await expect.poll(() => lit(stars("Average"))).toBe(4);
  });

  test("apiInfo describes the component's value in the API", async ({ page }) => {
    const api = await page.evaluate(async () => {
      const el = document.querySelector("#review-app") as HTMLElement & { client: Promise<{ viewApi(): Promise<unknown> }> };
      return (await el.client).viewApi();
    });
    const endpoints = (api as { endpoints: { name: string; parameters: { name: string; type?: string }[]; returns: { type?: string }[] }[] }).endpoints;
    const average = endpoints.find((e) => e.name === "/calculateAverage");
    expect(average?.parameters.map((p) => [p.name, p.type])).toEqual([
      ["food", "integer"],
      ["service", "integer"],
      ["ambience", "integer"],
    ]);
    expect(average?.returns.map((r) => r.type)).toEqual(["integer"]);
    // And a client call runs it.
    const data = await page.evaluate(async () => {
      const el = document.querySelector("#review-app") as HTMLElement & { client: Promise<{ predict(name: string, args: unknown[]): Promise<{ data: unknown[] }> }> };
      return (await (await el.client).predict("/calculateAverage", [5, 5, 2])).data;
    });
    expect(data).toEqual([4]);
  });
});
