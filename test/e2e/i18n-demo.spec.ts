import { expect, test } from "@playwright/test";
import { openDemo } from "./helpers.ts";

for (const [locale, label, button] of [
  ["es-ES", "Tu nombre", "Saludar"],
  ["pt-BR", "Seu nome", "Saudar"],
  ["fr-FR", "Your name", "Greet"],
] as const) {
  test.describe(`i18n demo in ${locale}`, () => {
    test.use({ locale });
    test(`shows ${locale === "fr-FR" ? "the English fallback" : "its own language"}`, async ({ page }) => {
      await openDemo(page, "demos/i18n.html");
      const app = page.locator("#i18n-app");
      await app.getByRole("textbox", { name: label }).fill("Ada");
      await app.getByRole("button", { name: button }).click();
      await expect(app.getByRole("textbox", { name: "👋" })).toHaveValue(`Ada (${locale})`);
    });
  });
}
