import { expect, test, type Page } from "@playwright/test";
import { openForEachTest } from "./helpers.ts";

/** One example of the guide: the Group with that elemId. */
const section = (page: Page, id: string) => page.locator(`#events #${id}`);

test.describe("blocks and event listeners", () => {
  openForEachTest("demos/event-listeners.html");

  test("multiple data flows: a feeds b and b feeds a", async ({ page }) => {
    const flows = section(page, "flows");
    const a = flows.getByRole("spinbutton", { name: "a", exact: true });
    const b = flows.getByRole("spinbutton", { name: "b", exact: true });
    await a.fill("5");
    await flows.getByRole("button", { name: "a > b" }).click();
    await expect(b).toHaveValue("6");
    await flows.getByRole("button", { name: "b > a" }).click();
    await expect(a).toHaveValue("7");
    await flows.getByRole("button", { name: "a > b" }).click();
    await expect(b).toHaveValue("8");
  });

  test("inputs as an array and as a Set (one Map argument)", async ({ page }) => {
    const calc = section(page, "list-and-dict");
    const result = calc.getByRole("spinbutton", { name: "Result" });
    await calc.getByRole("button", { name: "Add" }).click();
    await expect(result).toHaveValue("6");
    await calc.getByRole("button", { name: "Subtract" }).click();
    await expect(result).toHaveValue("2");
    await calc.getByRole("spinbutton", { name: "Second number" }).fill("10");
    await calc.getByRole("button", { name: "Subtract" }).click();
    await expect(result).toHaveValue("-6");
  });

  test("returns as an array set both outputs; a Map sets only the outputs it names", async ({ page }) => {
    const food = section(page, "food");
    const count = food.getByRole("spinbutton", { name: "Food count" });
    const status = food.getByRole("textbox", { name: "Status" });
    await food.getByRole("button", { name: "Eat (array)" }).click();
    await expect(count).toHaveValue("2");
    await expect(status).toHaveValue("full");
    await food.getByRole("button", { name: "Eat (Map)" }).click();
    await expect(count).toHaveValue("1");
    // With no food the Map names only the status: the count the user typed stays.
    await count.fill("0");
    await food.getByRole("button", { name: "Eat (Map)" }).click();
    await expect(status).toHaveValue("hungry");
    await expect(count).toHaveValue("0");
    await count.fill("");
    await food.getByRole("button", { name: "Eat (Map)" }).click();
    await expect(status).toHaveValue("hungry");
    await expect(food.locator("[aria-busy='true']")).toHaveCount(0);
    await expect(count).toHaveValue(""); // untouched: the Map had no entry for it
    // The array return sets both, even with no food.
    await food.getByRole("button", { name: "Eat (array)" }).click();
    await expect(count).toHaveValue("0");
  });

  test("returning a component updates its props: lines, value and visibility", async ({ page }) => {
    const essay = section(page, "essay");
    const text = essay.getByRole("textbox", { name: "Essay" });
    await expect(text).toHaveAttribute("rows", "2");
    await essay.getByRole("radio", { name: "long" }).check();
    await expect(text).toHaveAttribute("rows", "8");
    await expect(text).toHaveValue("Lorem ipsum dolor sit amet");
    await essay.getByRole("radio", { name: "none" }).check();
    await expect(text).toHaveCount(0);
    await essay.getByRole("radio", { name: "short" }).check();
    await expect(text).toBeVisible();
    await expect(text).toHaveAttribute("rows", "2");
    await expect(text).toHaveValue("Lorem ipsum dolor sit amet"); // props changed, value kept
  });

  test("gr.skip() leaves the outputs unchanged while null clears them", async ({ page }) => {
    const skip = section(page, "skip");
    const left = skip.getByRole("spinbutton", { name: "Left" });
    const right = skip.getByRole("spinbutton", { name: "Right" });
    await skip.getByRole("button", { name: "Set 7 and 42" }).click();
    await expect(left).toHaveValue("7");
    await expect(right).toHaveValue("42");
    await skip.getByRole("button", { name: "Skip" }).click();
    await expect(skip.locator("[aria-busy='true']")).toHaveCount(0);
    await expect(left).toHaveValue("7");
    await expect(right).toHaveValue("42");
    await skip.getByRole("button", { name: "Clear" }).click();
    await expect(left).toHaveValue("");
    await expect(right).toHaveValue("");
  });

  test(".then runs the bot's reply after the message is moved to the conversation", async ({ page }) => {
    const chat = section(page, "chat");
    const msg = chat.getByRole("textbox", { name: "Message" });
    const conversation = chat.getByRole("textbox", { name: "Conversation" });
    // Record every value the page gives the conversation until the bot has answered:
    // each assignment, not samples per frame, which a loaded runner may space out
    // wider than the bot's 0.3 s.
    const seen = conversation.evaluate(
      (el: HTMLTextAreaElement) =>
        new Promise<string[]>((resolve) => {
          const values: string[] = [el.value];
          const own = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!;
          Object.defineProperty(el, "value", {
            configurable: true,
            get: () => own.get!.call(el),
            set: (v: string) => {
              own.set!.call(el, v);
              if (values.at(-1) !== v) values.push(v);
              if (v.includes("Bot:")) resolve(values);
            },
          });
        }),
    );
    await msg.fill("Hello bot");
    await msg.press("Enter");
    // The first listener (queue: false) empties the box and shows the message before the bot answers.
    await expect(msg).toHaveValue("");
    const values = await seen;
    expect(values.slice(0, 2)).toEqual(["", "You: Hello bot\n"]);
    expect(values.at(-1)).toMatch(/^You: Hello bot\nBot: (How are you\?|I love you|I'm very hungry)\n$/);
    await msg.fill("Again");
    await msg.press("Enter");
    await expect(conversation).toHaveValue(/\nYou: Again\nBot: [^\n]+\n$/);
    await chat.getByRole("button", { name: "Clear" }).click();
    await expect(conversation).toHaveValue("");
  });

  test(".success runs only after success, .failure only after an error", async ({ page }) => {
    const save = section(page, "save");
    const username = save.getByRole("textbox", { name: "Username", exact: true });
    const saved = save.getByRole("textbox", { name: "Saved username" });
    const status = save.locator("#save-status");
    await username.fill("grace");
    await save.getByRole("button", { name: "Save" }).click();
    await expect(saved).toHaveValue("grace");
    await expect(status).toHaveText("Saved grace.");

    await username.fill("grace hopper");
    await save.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("#events").getByRole("alert")).toContainText("cannot be empty or contain spaces");
    await expect(status).toHaveText("Not saved: restored the last saved username.");
    await expect(username).toHaveValue("grace");
    await expect(saved).toHaveValue("grace");
  });

  test("gr.on: Enter and the Greet button run one listener; .then clears the name", async ({ page }) => {
    const on = section(page, "on-basic");
    const name = on.getByRole("textbox", { name: "Name" });
    const output = on.getByRole("textbox", { name: "Output Box" });
    await name.fill("Ada");
    await name.press("Enter");
    await expect(output).toHaveValue("Hello Ada!");
    await expect(name).toHaveValue("");
    await name.fill("Grace");
    await on.getByRole("button", { name: "Greet" }).click();
    await expect(output).toHaveValue("Hello Grace!");
    await expect(name).toHaveValue("");
  });

  test("gr.on with no triggers follows every input's change", async ({ page }) => {
    const live = section(page, "on-live");
    const sum = live.getByRole("spinbutton", { name: "Sum" });
    const num2 = live.getByRole("slider", { name: "num2" });
    await num2.focus();
    await num2.press("ArrowRight");
    await expect(sum).toHaveValue("4");
    await live.getByRole("slider", { name: "num3" }).fill("10");
    await expect(sum).toHaveValue("13");
  });

  // Gradio's gr.on(triggers=None) binds to each input's change *and* to demo.load (gradio/events.py,
  // on(): `+ [EventListenerMethod(root_block, "load")]`), so the guide's live sum shows 3 at once.
  test("gr.on with no triggers also runs on load, as in Gradio", async ({ page }) => {
    await expect(section(page, "on-live").getByRole("spinbutton", { name: "Sum" })).toHaveValue("3", { timeout: 2000 });
  });

  test("a value bound to a function computes on load and on each change", async ({ page }) => {
    const product = section(page, "product");
    const result = product.getByRole("spinbutton", { name: "x × y" });
    await expect(result).toHaveValue("12");
    await product.getByRole("spinbutton", { name: "y", exact: true }).fill("5");
    await expect(result).toHaveValue("15");
  });

  test("every: 0.5 keeps re-running", async ({ page }) => {
    const runs = section(page, "every").getByRole("spinbutton", { name: "Runs so far" });
    await expect(runs).toHaveValue(/^\d+$/);
    const first = Number(await runs.inputValue());
    await expect.poll(async () => Number(await runs.inputValue()), { intervals: [100] }).toBeGreaterThanOrEqual(first + 2);
  });

  test("select listeners get the index, value and selected state in ctx.event", async ({ page }) => {
    const select = section(page, "select");
    const log = select.getByRole("textbox", { name: "Last selection" });
    await select.getByRole("radio", { name: "Chocolate" }).check();
    await expect(log).toHaveValue("You selected Chocolate at index 1");
    const toppings = select.getByRole("group", { name: "Toppings" });
    await toppings.getByRole("checkbox", { name: "Sauce" }).check();
    await expect(log).toHaveValue("You selected Sauce at index 2");
    await toppings.getByRole("checkbox", { name: "Sauce" }).uncheck();
    await expect(log).toHaveValue("You deselected Sauce at index 2");
  });
});
