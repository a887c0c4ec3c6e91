// gr.DeepLinkButton (demos/deep-link.html): a link that reopens the app with
// its components' current values, carried in the link's hash.
import { expect, test, type Page } from "@playwright/test";
import { collectPageErrors, openDemo } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const userBubbles = (page: Page) => app(page, "greeting-bot").locator(".gr-chat-user .gr-chat-bubble");
const botBubbles = (page: Page) => app(page, "greeting-bot").locator(".gr-chat-bot .gr-chat-bubble:not(.gr-chat-pending)");

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function send(page: Page, text: string): Promise<void> {
  const box = app(page, "greeting-bot").getByRole("textbox").first();
  await box.fill(text);
  await box.press("Enter");
}

async function copiedLink(page: Page, appId: string, button: string, copied: string): Promise<string> {
  await app(page, appId).getByRole("button", { name: button }).click();
  await expect(app(page, appId).getByRole("button", { name: copied })).toBeVisible();
  // Gradio's copied text shows for a second, then the button's own.
  await expect(app(page, appId).getByRole("button", { name: button })).toBeVisible({ timeout: 3000 });
  return page.evaluate(() => navigator.clipboard.readText());
}

test("the guide's Greeting Bot: a copied link reopens the conversation, which goes on from there", async ({ page, context }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/deep-link.html", 2);
  await send(page, "hello");
  await expect(botBubbles(page)).toHaveCount(1);
  await send(page, "how are you?");
  await expect(botBubbles(page)).toHaveCount(2);
  const replies = await botBubbles(page).allTextContents();
  const link = await copiedLink(page, "greeting-bot", "Share via Link", "Link Copied!");
  expect(link).toMatch(/demos\/deep-link\.html#deep_link=[\w-]+$/);

  const other = await context.newPage();
  const otherErrors = collectPageErrors(other);
  await other.goto(link);
  await expect(userBubbles(other)).toHaveText(["hello", "how are you?"]);
  await expect(botBubbles(other)).toHaveText(replies);
  // The other app of the page is not touched by this app's link.
  await expect(app(other, "snapshot").getByRole("textbox", { name: "Card" })).toHaveValue("");
  await send(other, "and now?");
  await expect(botBubbles(other)).toHaveCount(3);
  await expect(userBubbles(other)).toHaveText(["hello", "how are you?", "and now?"]);
  expect([...errors, ...otherErrors]).toEqual([]);
});

test("a form's values, including an output, come back from the link; a damaged link says so and the app opens as usual", async ({ page, context }) => {
  await openDemo(page, "demos/deep-link.html", 2);
  const form = app(page, "snapshot");
  await form.getByRole("textbox", { name: "Name" }).fill("Ada");
  await form.getByRole("radio", { name: "tired" }).check();
  await form.getByRole("slider", { name: "Energy" }).fill("8");
  await form.locator("#snap-photo input[type=file]").setInputFiles("demos/assets/sunset.png");
  await expect(form.locator("#snap-photo img")).toBeVisible();
  await form.getByRole("button", { name: "Make card" }).click();
  await expect(form.getByRole("textbox", { name: "Card" })).toHaveValue("Ada is tired, energy 8/10");
  const link = await copiedLink(page, "snapshot", "Copy a link to this card", "Copied!");

  const other = await context.newPage();
  await other.goto(link);
  const again = app(other, "snapshot");
  await expect(again.getByRole("textbox", { name: "Card" })).toHaveValue("Ada is tired, energy 8/10");
  await expect(again.getByRole("textbox", { name: "Name" })).toHaveValue("Ada");
  await expect(again.getByRole("radio", { name: "tired" })).toBeChecked();
  await expect(again.getByRole("slider", { name: "Energy" })).toHaveValue("8");
  // The photo travels as its place in this browser's file cache, where it still is.
  await expect(again.locator("#snap-photo img")).toBeVisible();
  expect(await again.locator("#snap-photo img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // The values are the app's own from then on: a listener reads them.
  await again.getByRole("textbox", { name: "Name" }).fill("Grace");
  await again.getByRole("button", { name: "Make card" }).click();
  await expect(again.getByRole("textbox", { name: "Card" })).toHaveValue("Grace is tired, energy 8/10");

  const damaged = await context.newPage();
  await damaged.goto(link.replace(/deep_link=.{6}/, "deep_link=AAAAAA"));
  await expect(app(damaged, "snapshot").locator(".gr-toast")).toContainText("damaged");
  await expect(app(damaged, "snapshot").getByRole("textbox", { name: "Name" })).toHaveValue("");
  await app(damaged, "snapshot").getByRole("button", { name: "Make card" }).click();
  await expect(app(damaged, "snapshot").getByRole("textbox", { name: "Card" })).toHaveValue("Someone is curious, energy 5/10");
});

test("without a clipboard the link is shown to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
  });
  await openDemo(page, "demos/deep-link.html", 2);
  await app(page, "snapshot").getByRole("button", { name: "Copy a link to this card" }).click();
  await expect(page.locator(".gr-toast")).toContainText("Copy this link");
  await expect(page.locator(".gr-toast")).toContainText("#deep_link=");
});
