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
