import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, openForEachTest } from "./helpers.ts";

const DEMO = "demos/shopping-cart.html";

const section = (page: Page, id: string) => page.locator(`#cart-app #${id}`);
const visitors = (page: Page) => section(page, "global").getByRole("textbox", { name: "Total Visitors" });

function cart(page: Page) {
  const s = section(page, "cart");
  return {
    item: (name: string) => s.getByRole("checkbox", { name, exact: true }),
    add: s.getByRole("button", { name: "Add Items" }),
    empty: s.getByRole("button", { name: "Empty cart" }),
    size: s.getByRole("spinbutton", { name: "Cart Size" }),
    contents: s.getByRole("textbox", { name: "In the cart" }),
    changes: s.getByRole("spinbutton", { name: "Times the cart changed" }),
  };
}

test.describe("state in blocks", () => {
  openForEachTest(DEMO);

  test("the cart is a State: Add Items takes it and returns it, and its change shows the size", async ({ page }) => {
    const c = cart(page);
    await c.item("Cereal").check();
    await c.item("Milk").check();
    await c.add.click();
    await expect(c.size).toHaveValue("2");
    await expect(c.contents).toHaveValue("Cereal, Milk");
    await expect(c.changes).toHaveValue("1");

    await c.item("Cereal").uncheck();
    await c.add.click(); // adds Milk again
    await expect(c.size).toHaveValue("3");
    await expect(c.contents).toHaveValue("Cereal, Milk, Milk");
    await expect(c.changes).toHaveValue("2");

    await c.empty.click();
    await expect(c.size).toHaveValue("0");
    await expect(c.contents).toHaveValue("(empty)");
    await expect(c.changes).toHaveValue("3");
  });

  test("change fires only on a deep difference: a new but equal cart does not fire it", async ({ page }) => {
    const c = cart(page);
    await c.item("Water").check();
    await c.add.click();
    await expect(c.changes).toHaveValue("1");
    // Nothing picked: the handler returns a new array equal to the old one.
    await c.item("Water").uncheck();
    await c.add.click();
    await expect(page.locator("#cart-app").getByRole("status").filter({ hasText: "Nothing picked" })).toBeVisible();
    // A real change afterwards is the second one, not the third.
    await c.item("Orange Juice").check();
    await c.add.click();
    await expect(c.contents).toHaveValue("Water, Orange Juice");
    await expect(c.changes).toHaveValue("2");
  });

  test("each page has its own cart: State is per session", async ({ page, context }) => {
    const first = cart(page);
    await first.item("Milk").check();
    await first.add.click();
    await expect(first.contents).toHaveValue("Milk");

    const other = await context.newPage();
    const otherErrors = collectPageErrors(other);
    await openDemo(other, DEMO);
    const second = cart(other);
    await second.item("Water").check();
    await second.add.click();
    await expect(second.contents).toHaveValue("Water");
    await expect(second.size).toHaveValue("1");

    await first.item("Milk").uncheck();
    await first.item("Cereal").check();
    await first.add.click();
    await expect(first.contents).toHaveValue("Milk, Cereal");
    await expect(second.contents).toHaveValue("Water");
    expect(otherErrors).toEqual([]);
  });

  test("a reload starts a new session with an empty cart", async ({ page }) => {
    const c = cart(page);
    await c.item("Cereal").check();
    await c.add.click();
    await expect(c.size).toHaveValue("1");
    await openDemo(page, DEMO);
    await expect(c.item("Cereal")).not.toBeChecked();
    await c.add.click();
    await expect(page.locator("#cart-app").getByRole("status").filter({ hasText: "Nothing picked" })).toBeVisible();
    await c.item("Water").check();
    await c.add.click();
    await expect(c.contents).toHaveValue("Water");
  });

  test("demo.load counts the visit in a global variable", async ({ page }) => {
    await expect(visitors(page)).toHaveValue(/^\d+$/);
  });

  test("a global is shared by every session: a second visitor sees the count go up", async ({ page, context }) => {
    test.fail(
      !process.env.SHOW_BUGS,
      "runtime: every <gradio-lite> element (every page load) gets its own dedicated Worker (ui/element.ts spawn), " +
        "so a variable outside handlers is never shared between sessions",
    );
    await expect(visitors(page)).toHaveValue("1");
    const other = await context.newPage();
    await openDemo(other, DEMO);
    await expect(visitors(other)).toHaveValue("2", { timeout: 2000 });
  });

  test("State is not part of the API: /addItems takes the items only and returns nothing", async ({ page }) => {
    const api = await page.evaluate(async () => {
      const client = await (document.querySelector("#cart-app") as unknown as { client: Promise<any> }).client;
      const info = await client.viewApi();
      const add = info.endpoints.find((e: { name: string }) => e.name === "/addItems");
      const result = await client.predict("/addItems", [["Milk"]]);
      return { parameters: add.parameters.map((p: { label: string }) => p.label), returns: add.returns.length, data: result.data };
    });
    expect(api).toEqual({ parameters: ["Items to add"], returns: 0, data: [] });
  });

  test("an API call does not touch the user's cart (a client has its own session, as in Gradio)", async ({ page }) => {
    await page.evaluate(async () => {
      const client = await (document.querySelector("#cart-app") as unknown as { client: Promise<any> }).client;
      await client.predict("/addItems", [["Milk"]]);
    });
    const c = cart(page);
    await c.item("Water").check();
    await c.add.click();
    await expect(c.size).toHaveValue(/\d/);
    expect(await c.contents.inputValue()).toBe("Water");
  });

  test("an object that cannot be copied lives in a global Map keyed by the session id", async ({ page }) => {
    const s = section(page, "instances");
    await expect(s.getByRole("textbox", { name: "Status" })).toHaveValue(/^Session initialized! \(\d+ active\)$/);
    const value = s.getByRole("spinbutton", { name: "Counter Value" });
    const increment = s.getByRole("button", { name: "Increment Counter" });
    await increment.click();
    await expect(value).toHaveValue("1");
    await increment.click();
    await expect(value).toHaveValue("2");
  });
});
