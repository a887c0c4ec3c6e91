// gr.I18n: translations for labels, info, placeholders, values and titles.
// `i18n("key")` marks a text; the engine puts the page's language in when it
// builds the config (navigator.languages, then English, then the key).

export class I18nText {
  constructor(
    readonly key: string,
    readonly prefix = "",
  ) {}
  /** Text around a translated one (Interface's "# " before its title). */
  withPrefix(prefix: string): I18nText {
    return new I18nText(this.key, prefix + this.prefix);
  }
  toString(): string {
    return this.prefix + this.key;
  }
}

export type Translations = Record<string, Record<string, string>>;

export interface I18n {
  (key: string): I18nText;
  readonly translations: Translations;
}

export function I18n(translations: Translations): I18n {
  if (!translations || typeof translations !== "object") throw new TypeError("gr.I18n({ en: { … }, es: { … } }) takes translations by language");
  return Object.assign((key: string) => new I18nText(String(key)), { translations });
}

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
