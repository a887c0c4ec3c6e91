import { expect, test, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test.describe("custom CSS and JS", () => {
  openForEachTest("demos/custom-css-js.html", 6);

  test("a textbox without a label is named Textbox, as in Gradio", async ({ page }) => {
    // Gradio shows "Textbox" as the label of an unlabelled gr.Textbox(); the guide's boxes have none.
    await expect(app(page, "feedback-app").getByRole("textbox", { name: "Textbox" })).toHaveCount(2);
    await expect(app(page, "shortcut-app").getByRole("textbox", { name: "Textbox" })).toHaveCount(1);
  });

  test("launch({ css }) paints the app's container", async ({ page }) => {
    await expect(app(page, "css-app").getByRole("textbox", { name: "Styled with launch({ css })" })).toHaveValue(
      "The container around me is red.",
    );
    expect(await style(page, "#css-app .gradio-container", "background-color")).toBe("rgb(255, 0, 0)");
    // Only this app's container: the rule names its element.
    expect(await style(page, "#feedback-app .gradio-container", "background-color")).not.toBe("rgb(255, 0, 0)");
  });

  test("an elemId rule reaches one box, an elemClasses rule reaches both", async ({ page }) => {
    const boxes = app(page, "feedback-app").getByRole("textbox");
    await expect(boxes).toHaveCount(2);
    await expect(boxes.nth(0)).toHaveValue("Good Job");
    await expect(boxes.nth(1)).toHaveValue("Failure");
    // .feedback textarea {font-size: 24px !important}: both boxes are <textarea>s inside the class.
    for (const box of [boxes.nth(0), boxes.nth(1)]) {
      expect(await box.evaluate((el) => el.tagName)).toBe("TEXTAREA");
      expect(await box.evaluate((el) => getComputedStyle(el).fontSize)).toBe("24px");
    }
    // #warning {background-color: #FFCCCB}: the second component only.
    await expect(app(page, "feedback-app").locator("#warning")).toHaveCount(1);
    expect(await style(page, "#warning", "background-color")).toBe("rgb(255, 204, 203)");
    await expect(app(page, "feedback-app").locator("#warning").getByRole("textbox")).toHaveValue("Failure");
    expect(await boxes.nth(0).evaluate((el) => el.closest(".feedback") !== null && el.closest("#warning") === null)).toBe(true);
  });

  test("launch({ js }) animates a welcome message in, letter by letter; the app works under it", async ({ page }) => {
    const welcome = app(page, "welcome-app");
    const animation = welcome.locator("#gradio-animation");
    await expect(animation).toBeVisible();
    await expect(animation).toHaveText("Welcome to Gradio!");
    await expect(animation.locator("span")).toHaveCount("Welcome to Gradio!".length);
    // Inserted first in this app's container.
    expect(await welcome.locator(".gradio-container > :first-child").getAttribute("id")).toBe("gradio-animation");
    await welcome.getByPlaceholder("What is your name?").fill("Ada");
    await expect(welcome.getByRole("textbox").nth(1)).toHaveValue("Welcome to Gradio, Ada!");
  });

  test("event js: alone (fn: null) it fills the outputs; with a handler it runs first and feeds it", async ({ page }) => {
    const a = app(page, "js-methods-app");
    await a.getByPlaceholder("subject").fill("the cat");
    await a.getByRole("radio", { name: "ate", exact: true }).check();
    await a.getByPlaceholder("object").fill("the fish");
    await expect(a.getByRole("textbox", { name: "verb reversed" })).toHaveValue("eta");
    await a.getByRole("button", { name: "Create sentence." }).click();
    await expect(a.getByRole("textbox", { name: "output 1" })).toHaveValue("the cat ate the fish");
    await a.getByRole("button", { name: "Reverse sentence.", exact: true }).click();
    await expect(a.getByRole("textbox", { name: "verb", exact: true })).toHaveValue("the fish ate the cat");
    await a.getByRole("button", { name: "Reverse sentence and send to server." }).click();
    await expect(a.getByRole("textbox", { name: "front end process and then send to backend" })).toHaveValue("tac eht eta hsif eht");
    await a.getByRole("button", { name: "Shout the nouns, then create the sentence." }).click();
    await expect(a.getByRole("textbox", { name: "js on the page, then the handler" })).toHaveValue("THE CAT ate THE FISH");
    await a.getByRole("button", { name: "Append foo" }).click();
    await expect(a.getByPlaceholder("subject")).toHaveValue("the cat foo");
    await a.getByRole("radio", { name: "hated" }).check();
    await expect(a.getByRole("textbox", { name: "verb reversed" })).toHaveValue("detah");
  });

  test("the head script's Shift+S clicks the button with elemId my_btn, except while typing", async ({ page }) => {
    const out = app(page, "shortcut-app").getByRole("textbox");
    // Gradio puts elem_id on the <button> itself, so the script's .click() presses it.
    await expect(page.locator("#my_btn")).toHaveJSProperty("tagName", "BUTTON");
    await expect(page.locator("#my_btn")).toHaveText("Name");
    // In a text field, Shift+S types an "S".
    const subject = app(page, "js-methods-app").getByPlaceholder("subject");
    await subject.focus();
    await page.keyboard.press("Shift+S");
    await expect(subject).toHaveValue("S");
    await expect(out).toHaveValue("");
    // Elsewhere on the page, it clicks the button.
    await page.getByRole("heading", { name: "Custom CSS and JS" }).click();
    await page.keyboard.press("Shift+S");
    await expect(out).toHaveValue("button pressed");
  });

  test("head adds the social-preview meta tags to the page's head", async ({ page }) => {
    await expect(app(page, "meta-app").getByRole("heading", { name: "My App" })).toBeVisible();
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute("content", "Sample App");
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute(
      "content",
      "An open-source web application showcasing various features and capabilities.",
    );
  });
});
