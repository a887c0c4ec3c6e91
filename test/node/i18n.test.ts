import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { invalidLocales, pickLocale, translate } from "../../worker/i18n-resolve.ts";
import { buildConfig } from "../../worker/config.ts";

const i18n = gr.I18n({
  en: { name: "Name", greet: "Hello", title: "Greeter" },
  es: { name: "Nombre", greet: "Hola" },
  "pt-BR": { name: "Nome" },
});

function app() {
  return gr.Interface({
    fn: (n: string) => n,
    inputs: gr.Textbox({ label: i18n("name"), placeholder: i18n("missing.key") }),
    outputs: gr.Markdown(i18n("greet")),
    title: i18n("title"),
  });
}

function labels(languages: string[]) {
  const table = pickLocale(i18n.translations, languages);
  const { config } = buildConfig(app(), { i18n }, (v) => translate(v, table));
  const byType = (t: string) => config.components.filter((c) => c.type === t);
  return {
    label: byType("textbox")[0].props.label,
    placeholder: byType("textbox")[0].props.placeholder,
    markdown: byType("markdown").map((c) => c.props.value),
    title: config.title,
  };
}

describe("gr.I18n", () => {
  it("uses the page's language, its base language, then English, then the key", () => {
    expect(labels(["es-MX", "en"])).toEqual({ label: "Nombre", placeholder: "missing.key", markdown: ["# Greeter", "Hola"], title: "Greeter" });
    expect(labels(["pt-BR"]).label).toBe("Nome");
    expect(labels(["pt-BR"]).markdown).toEqual(["# Greeter", "Hello"]);
    expect(labels(["de"]).label).toBe("Name");
  });

  it("flags language tags that are not BCP 47", () => {
    expect(invalidLocales({ en: {}, "pt-BR": {}, pt_BR: {}, "not a tag": {} })).toEqual(["pt_BR", "not a tag"]);
    expect(pickLocale({ pt_BR: { a: "b" } }, ["pt-BR"])).toEqual({ a: "b" });
  });
});
