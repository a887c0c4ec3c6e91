// gr.I18n in a real browser: the page's language (Playwright's locale sets
// navigator.languages) picks the translations.
import { expect, test } from "@playwright/test";

const APP = `const i18n = gr.I18n({ en: { name: "Name", title: "Greeter" }, es: { name: "Nombre", title: "Saludos" } });
gr.Interface({ fn: (n) => n, inputs: gr.Textbox({ label: i18n("name") }), outputs: "textbox", title: i18n("title") }).launch({ i18n });`;

for (const [locale, label, title] of [
  ["es-ES", "Nombre", "Saludos"],
  ["de-DE", "Name", "Greeter"],
] as const) {
  test.describe(`locale ${locale}`, () => {
    test.use({ locale });
    test(`labels and title are in ${locale === "es-ES" ? "Spanish" : "English (the fallback)"}`, async ({ page }) => {
      await page.goto("demos/hello-world.html");
      await page.evaluate((code) => {
        document.querySelector("gradio-lite")!.remove();
        const el = document.createElement("gradio-lite");
        el.id = "i18n-app";
        el.textContent = code;
        document.body.append(el);
      }, APP);
      const app = page.locator("#i18n-app");
      await expect(app.getByRole("textbox", { name: label })).toBeVisible();
      await expect(app.getByRole("heading", { level: 1 })).toHaveText(title);
    });
  });
}
