import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest, pickOption } from "./helpers.ts";

const translator = (page: Page) => page.locator("gradio-lite#translator");
const pipeline = (page: Page) => page.locator("gradio-lite#pipeline");

test.describe("using Blocks like functions", () => {
  openForEachTest("demos/blocks-as-functions.html", 2);

  test("the translator app works on its own", async ({ page }) => {
    const app = translator(page);
    await app.getByRole("button", { name: "Translate" }).click();
    await expect(app.getByRole("textbox", { name: "Pirate" })).toHaveValue("Ahoy me matey, whar be th' booty?");
    await app.getByRole("textbox", { name: "English" }).fill("Stop, boy!");
    await app.getByRole("button", { name: "Shout" }).click();
    await expect(app.getByRole("textbox", { name: "Pirate" })).toHaveValue("STOP, BOY!!");
  });

  test("one listener calls the generator app, then the translator app, like functions", async ({ page }) => {
    const app = pipeline(page);
    await app.getByRole("button", { name: "Generate", exact: true }).click();
    await expect(app.getByRole("textbox", { name: "Generated English Text" })).toHaveValue(
      "My name is Clara and I am looking for my friend and the map of the old harbour.",
    );
    await expect(app.getByRole("textbox", { name: "Generated Pirate Text" })).toHaveValue(
      "Me name be Clara an' I be looking for me matey an' th' map o' th' old harbour.",
    );
    await app.getByRole("textbox", { name: "Input Phrase" }).fill("Hello, where is my");
    await app.getByRole("button", { name: "Generate", exact: true }).click();
    await expect(app.getByRole("textbox", { name: "Generated Pirate Text" })).toHaveValue(
      "Ahoy, whar be me sailing to th' island whar th' booty be buried.",
    );
    // Only the launched app renders: the two called apps have no UI here.
    await expect(app.getByRole("textbox", { name: "Seed" })).toHaveCount(0);
  });

  test("the pipeline's own endpoint works from page JavaScript too", async ({ page }) => {
    const data = await page.evaluate(async () => {
      const client = await (document.querySelector("gradio-lite#pipeline") as HTMLElement & { client: Promise<any> }).client;
      return (await client.predict("/generate_text", ["Yes, my friend and I"])).data;
    });
    expect(data).toEqual([
      "Yes, my friend and I hoping the money is still in the captain's chest.",
      "Aye, me matey an' I hoping th' doubloons be still in th' captain's chest.",
    ]);
  });

  test("an endpoint is chosen by name; an unknown name is an error listing the endpoints", async ({ page }) => {
    const app = pipeline(page);
    const result = app.getByRole("textbox", { name: "Result" });
    await app.getByRole("button", { name: "Call it" }).click();
    await expect(result).toHaveValue("YES MY FRIEND!");
    await pickOption(app.getByRole("combobox", { name: "Endpoint" }), "/translate-to-pirate");
    await app.getByRole("button", { name: "Call it" }).click();
    await expect(result).toHaveValue("aye me matey");
    await pickOption(app.getByRole("combobox", { name: "Endpoint" }), "/translate-to-german");
    await app.getByRole("button", { name: "Call it" }).click();
    const toast = app.getByRole("alert");
    await expect(toast).toContainText('No endpoint named "/translate-to-german"');
    await expect(toast).toContainText("/translate-to-pirate, /shout");
    await expect(result).toHaveValue("aye me matey");
  });
});

// On a page with several apps, the "Use via API" snippet reaches the app it was opened from.
test("the API panel's snippet for the second app on a page calls that app", async ({ page }) => {
  await openDemo(page, "demos/blocks-as-functions.html", 2);
  await pipeline(page).getByRole("button", { name: "Use via API" }).click();
  const panel = pipeline(page).getByRole("dialog", { name: "Use via API" });
  const code = await panel.locator("section").filter({ has: page.getByRole("heading", { name: "/generate_text" }) }).locator("pre").innerText();
  const result = await page.evaluate(async (source) => {
    const run = new Function(`return (async () => { ${source.replace("console.log(data);", "return data;")} })();`);
    try {
      return { ok: true, data: await run() };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }, code);
  expect(result).toEqual({ ok: true, data: [expect.stringContaining("My name is Clara"), expect.stringContaining("Me name be Clara")] });
});
