// Picking and applying gr.I18n translations: loaded only by apps that have them.
import { I18nText, type Translations } from "../src/i18n.ts";

/** Language tags that are not valid BCP 47, for a warning. */
export function invalidLocales(translations: Translations): string[] {
  return Object.keys(translations).filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length !== 1;
    } catch {
      return true;
    }
  });
}

/** The translation table for the page's languages: exact tag, then its base language, then English. */
export function pickLocale(translations: Translations, languages: readonly string[]): Record<string, string> {
  const tags = Object.keys(translations);
  const lower = new Map(tags.map((t) => [t.toLowerCase().replace(/_/g, "-"), t]));
  for (const lang of languages) {
    const wanted = lang.toLowerCase();
    const exact = lower.get(wanted) ?? lower.get(wanted.split("-")[0]);
    if (exact) return { ...translations.en, ...translations[exact] };
  }
  return translations.en ?? {};
}

/** Puts translations into any marked text inside a value (props, nested arrays and objects). */
export function translate(value: unknown, table: Record<string, string>): unknown {
  if (value instanceof I18nText) return value.prefix + (table[value.key] ?? value.key);
  if (Array.isArray(value)) return value.map((v) => translate(v, table));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, table)]));
  }
  return value;
}
