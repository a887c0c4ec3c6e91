// gr.Dropdown as Gradio 5's combobox, driven with real keys and clicks:
// filtering, the arrow keys, Enter and Escape, allowCustomValue, multiselect
// chips and maxChoices, filterable: false, read-only, and each event's data
// as the app's handlers receive it.
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mountApp, waitFor } from "./helpers.ts";

afterEach(cleanup);

const CITIES = `[["Dallas", "DAL"], ["Fort Worth", "DFW"], ["Houston", "HOU"], ["Austin", "AUS"], ["San Antonio", "SAT"]]`;

/**
 * An app with one Dropdown (`#d`) and a JSON (`#log`) listing each event its
 * handlers received: [event, value, data] (data: ctx.event without target/type).
 */
function app(options: string, choices = CITIES, events = ["change", "input", "select", "focus", "blur", "keyUp"]): string {
  return `const seen = [];
  gr.Blocks(() => {
    gr.Markdown("Somewhere else to click", { elemId: "away" });
    const d = gr.Dropdown(${choices}, { label: "City", elemId: "d", ${options} });
    const log = gr.JSON({ elemId: "log" });
    for (const name of ${JSON.stringify(events)}) {
      d[name]((v, ctx) => {
        const { target, type, _data, ...data } = ctx.event;
        seen.push([name, v, data]);
        return seen.slice();
      }, d, log, { triggerMode: "multiple" });
    }
  }).launch();`;
}

const combobox = () => document.querySelector<HTMLInputElement>("#d input[role=combobox]")!;
const listbox = () => document.getElementById(combobox().getAttribute("aria-controls")!)!;
const options = () => [...listbox().querySelectorAll<HTMLElement>("[role=option]")];
const optionTexts = () => options().map((o) => o.textContent);
const chips = () => [...document.querySelectorAll("#d .gr-dropdown-token > span")].map((s) => s.textContent);
const logged = (): Array<[string, unknown, Record<string, unknown>]> => JSON.parse(document.querySelector("#log pre")?.textContent ?? "[]");
const activeOption = () => document.getElementById(combobox().getAttribute("aria-activedescendant") ?? "")?.textContent ?? null;

/** Waits until the handlers have logged an entry that matches. */
function seenEvent(name: string, value: unknown, data: Record<string, unknown> = {}) {
  return waitFor(() => logged().some(([n, v, d]) => n === name && JSON.stringify(v) === JSON.stringify(value) && Object.entries(data).every(([k, x]) => JSON.stringify(d[k]) === JSON.stringify(x))));
}

describe("single choice", () => {
  it("is a labelled combobox showing the chosen label, with a listbox it controls", async () => {
    const m = mountApp(app(`value: "DFW", info: "Where from"`));
    await m.rendered;
    const input = combobox();
    expect(input.value).toBe("Fort Worth");
    expect(input.labels?.[0]?.textContent).toBe("City");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.getAttribute("aria-autocomplete")).toBe("list");
    expect(document.getElementById(input.getAttribute("aria-describedby")!)?.textContent).toBe("Where from");
    expect(listbox().getAttribute("role")).toBe("listbox");
    expect(options()).toHaveLength(0);
  });

  it("opens on click with every choice and a check mark on the chosen one; typing filters by any part of the label, ignoring case", async () => {
    const m = mountApp(app(`value: "DFW"`));
    await m.rendered;
    await userEvent.click(combobox());
    await waitFor(() => combobox().getAttribute("aria-expanded") === "true");
    expect(optionTexts()).toEqual(["Dallas", "Fort Worth", "Houston", "Austin", "San Antonio"]);
    expect(options().map((o) => o.getAttribute("aria-selected"))).toEqual(["false", "true", "false", "false", "false"]);
    const check = (o: HTMLElement) => getComputedStyle(o.querySelector(".gr-dropdown-check")!).visibility;
    expect(options().map(check)).toEqual(["hidden", "visible", "hidden", "hidden", "hidden"]);
    // The shown label is selected on focus: typing replaces it.
    await userEvent.keyboard("AN");
    expect(combobox().value).toBe("AN");
    expect(optionTexts()).toEqual(["San Antonio"]);
    await userEvent.keyboard("{Backspace}{Backspace}s");
    expect(optionTexts()).toEqual(["Dallas", "Houston", "Austin", "San Antonio"]);
    expect(activeOption()).toBe("Dallas");
  });

  it("moves the active option with the arrow keys (wrapping), picks it with Enter, and keeps the focus", async () => {
    const m = mountApp(app(`value: "DAL"`));
    await m.rendered;
    await userEvent.click(combobox());
    expect(activeOption()).toBe("Dallas");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(activeOption()).toBe("Houston");
    await userEvent.keyboard("{ArrowUp}{ArrowUp}{ArrowUp}");
    expect(activeOption()).toBe("San Antonio");
    await userEvent.keyboard("{Enter}");
    expect(combobox().value).toBe("San Antonio");
    expect(combobox().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(combobox());
    await seenEvent("select", "SAT", { index: 4, value: "SAT", selected: true });
    await seenEvent("change", "SAT");
    await seenEvent("input", "SAT");
    // ArrowDown opens it again at the chosen option.
    await userEvent.keyboard("{ArrowDown}");
    expect(combobox().getAttribute("aria-expanded")).toBe("true");
    expect(activeOption()).toBe("San Antonio");
  });

  it("picks with a click; Escape closes and gives back the label; leaving restores the last choice", async () => {
    const m = mountApp(app(`value: "DAL"`));
    await m.rendered;
    await userEvent.click(combobox());
    await userEvent.click(options()[2]);
    expect(combobox().value).toBe("Houston");
    await seenEvent("select", "HOU", { index: 2, value: "HOU", selected: true });
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.keyboard("{Control>}a{/Control}Aus");
    expect(optionTexts()).toEqual(["Austin"]);
    await userEvent.keyboard("{Escape}");
    expect(combobox().value).toBe("Houston");
    expect(combobox().getAttribute("aria-expanded")).toBe("false");
    // Typed text that is no choice goes when the field is left.
    await userEvent.keyboard("{Control>}a{/Control}Zurich");
    expect(combobox().classList.contains("gr-subdued")).toBe(true);
    await userEvent.click(document.getElementById("away")!);
    expect(combobox().value).toBe("Houston");
    await seenEvent("blur", "HOU");
    expect(logged().filter(([n]) => n === "change").map(([, v]) => v)).toEqual(["HOU"]);
  });

  it("sends focus, blur and keyUp with Gradio's data (key and the field's text)", async () => {
    const m = mountApp(app(`value: "DAL"`));
    await m.rendered;
    await userEvent.click(combobox());
    await seenEvent("focus", "DAL");
    await userEvent.keyboard("h");
    await seenEvent("keyUp", "DAL", { key: "h", inputValue: "h" });
    await userEvent.keyboard("{Tab}");
    await seenEvent("blur", "DAL");
  });

  it("shows choice labels as text, never markup", async () => {
    const m = mountApp(app(`value: "x"`, `[["<img src=x onerror=window.__pwned=1>", "x"], ["<b>bold</b>", "b"]]`));
    await m.rendered;
    expect(combobox().value).toBe("<img src=x onerror=window.__pwned=1>");
    await userEvent.click(combobox());
    expect(optionTexts()).toEqual(["<img src=x onerror=window.__pwned=1>", "<b>bold</b>"]);
    expect(listbox().querySelector("img, b")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("allowCustomValue", () => {
  it("keeps typed text on Enter or on leaving the field; a typed label stands for its choice", async () => {
    const m = mountApp(app(`value: "DAL", allowCustomValue: true`));
    await m.rendered;
    await userEvent.click(combobox());
    await userEvent.keyboard("Zurich{Enter}");
    await seenEvent("change", "Zurich");
    expect(combobox().value).toBe("Zurich");
    await userEvent.keyboard("{Control>}a{/Control}Geneva");
    await userEvent.click(document.getElementById("away")!);
    await seenEvent("change", "Geneva");
    expect(combobox().value).toBe("Geneva");
    // Enter on a filtered list picks its first match, as in Gradio.
    await userEvent.click(combobox());
    await userEvent.keyboard("hou{Enter}");
    await seenEvent("change", "HOU");
    expect(combobox().value).toBe("Houston");
    // Escape drops what was typed.
    await userEvent.keyboard("{Control>}a{/Control}Lyon{Escape}");
    expect(combobox().value).toBe("Houston");
    // The exact label of a choice, left as typed, is that choice's value.
    await userEvent.keyboard("{Control>}a{/Control}Fort Worth");
    await userEvent.click(document.getElementById("away")!);
    await seenEvent("change", "DFW");
    expect(combobox().value).toBe("Fort Worth");
  });
});

describe("multiselect", () => {
  it("shows values as chips; a click adds or removes one (select data says which); the field stays for filtering", async () => {
    const m = mountApp(app(`value: ["DAL"], multiselect: true`));
    await m.rendered;
    expect(chips()).toEqual(["Dallas"]);
    expect(combobox().value).toBe("");
    await userEvent.click(combobox());
    expect(listbox().getAttribute("aria-multiselectable")).toBe("true");
    await userEvent.click(options()[3]);
    expect(chips()).toEqual(["Dallas", "Austin"]);
    await seenEvent("select", ["DAL", "AUS"], { index: 3, value: "AUS", selected: true });
    // Still open, still focused: a second pick needs no new click on the field.
    expect(document.activeElement).toBe(combobox());
    await userEvent.keyboard("hou{Enter}");
    expect(chips()).toEqual(["Dallas", "Austin", "Houston"]);
    expect(combobox().value).toBe("");
    await userEvent.click(options()[0]);
    expect(chips()).toEqual(["Austin", "Houston"]);
    await seenEvent("select", ["AUS", "HOU"], { index: 0, value: "DAL", selected: false });
    await seenEvent("change", ["AUS", "HOU"]);
  });

  it("removes a chip with its × button, the last one with Backspace in the empty field, all with the clear button", async () => {
    const m = mountApp(app(`value: ["DAL", "DFW", "HOU"], multiselect: true`));
    await m.rendered;
    const remove = document.querySelector<HTMLButtonElement>('#d button[aria-label="Remove Fort Worth"]')!;
    await userEvent.click(remove);
    expect(chips()).toEqual(["Dallas", "Houston"]);
    await seenEvent("select", ["DAL", "HOU"], { index: 1, value: "DFW", selected: false });
    await userEvent.click(combobox());
    await userEvent.keyboard("{Backspace}");
    expect(chips()).toEqual(["Dallas"]);
    await seenEvent("change", ["DAL"]);
    await userEvent.click(document.querySelector<HTMLButtonElement>('#d button[aria-label="Clear"]')!);
    expect(chips()).toEqual([]);
    await seenEvent("change", []);
    expect(document.querySelector('#d button[aria-label="Clear"]')).toBeNull();
  });

  it("stops at maxChoices: the list closes and shows no more options until a chip goes", async () => {
    const m = mountApp(app(`value: ["DAL"], multiselect: true, maxChoices: 2`));
    await m.rendered;
    await userEvent.click(combobox());
    await userEvent.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(chips()).toEqual(["Dallas", "Fort Worth"]);
    expect(combobox().getAttribute("aria-expanded")).toBe("false");
    expect(options()).toHaveLength(0);
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.click(combobox());
    expect(options()).toHaveLength(0);
    await userEvent.keyboard("{Backspace}{ArrowDown}");
    expect(combobox().getAttribute("aria-expanded")).toBe("true");
    expect(options()).toHaveLength(5);
  });

  it("with allowCustomValue, adds typed text as a chip on Enter or on leaving", async () => {
    const m = mountApp(app(`value: ["DAL"], multiselect: true, allowCustomValue: true`));
    await m.rendered;
    await userEvent.click(combobox());
    await userEvent.keyboard("Waco{Enter}");
    expect(chips()).toEqual(["Dallas", "Waco"]);
    await seenEvent("select", ["DAL", "Waco"], { index: -1, value: "Waco", selected: true });
    await userEvent.keyboard("Tyler");
    await userEvent.click(document.getElementById("away")!);
    expect(chips()).toEqual(["Dallas", "Waco", "Tyler"]);
    await seenEvent("change", ["DAL", "Waco", "Tyler"]);
    await userEvent.click(document.querySelector<HTMLButtonElement>('#d button[aria-label="Remove Waco"]')!);
    await seenEvent("select", ["DAL", "Tyler"], { index: -1, value: "Waco", selected: false });
  });
});

describe("filterable: false and read-only", () => {
  it("filterable: false takes no typing, but the list and its keys work", async () => {
    const m = mountApp(app(`value: "DAL", filterable: false`));
    await m.rendered;
    expect(combobox().readOnly).toBe(true);
    expect(combobox().getAttribute("aria-autocomplete")).toBe("none");
    await userEvent.click(combobox());
    await userEvent.keyboard("zz");
    expect(combobox().value).toBe("Dallas");
    expect(options()).toHaveLength(5);
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(combobox().value).toBe("Fort Worth");
    await seenEvent("change", "DFW");
  });

  it("interactive: false shows the value in a disabled field, with no list and no remove buttons", async () => {
    const m = mountApp(app(`value: ["DAL", "HOU"], multiselect: true, interactive: false`));
    await m.rendered;
    expect(combobox().disabled).toBe(true);
    expect(chips()).toEqual(["Dallas", "Houston"]);
    expect(document.querySelectorAll("#d button")).toHaveLength(0);
    expect(document.querySelector("#d [role=listbox]")).toBeNull();
    await userEvent.click(document.querySelector("#d .gr-dropdown-field")!, { force: true });
    expect(combobox().getAttribute("aria-expanded")).toBe("false");
  });
});

describe("the list's place", () => {
  it("is not cut by a Group's overflow: hidden, sits under the field, and scrolls within the viewport", async () => {
    const many = JSON.stringify(Array.from({ length: 60 }, (_, i) => `Option ${i + 1}`));
    const m = mountApp(`gr.Blocks(() => {
      gr.Group(() => { gr.Dropdown(${many}, { label: "Many", elemId: "d" }); });
    }).launch();`);
    await m.rendered;
    await userEvent.click(combobox());
    const list = listbox();
    const field = document.querySelector("#d .gr-dropdown-field")!.getBoundingClientRect();
    const group = document.querySelector(".gr-group")!.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(field.bottom);
    expect(box.bottom).toBeGreaterThan(group.bottom);
    expect(box.bottom).toBeLessThanOrEqual(document.documentElement.clientHeight);
    expect(Math.round(box.width)).toBe(Math.round(field.width));
    expect(list.scrollHeight).toBeGreaterThan(list.clientHeight);
    // Nothing covers it: the point under an option's middle is that option.
    const third = options()[2].getBoundingClientRect();
    expect(document.elementFromPoint(third.left + third.width / 2, third.top + third.height / 2)?.closest("[role=option]")).toBe(options()[2]);
    // The active option is scrolled into the list's view.
    await userEvent.keyboard("{ArrowUp}");
    expect(activeOption()).toBe("Option 60");
    const last = options()[59].getBoundingClientRect();
    expect(last.bottom).toBeLessThanOrEqual(list.getBoundingClientRect().bottom + 1);
  });
});
