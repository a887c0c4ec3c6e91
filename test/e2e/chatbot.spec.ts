// Gradio's Chatbot demos (demos/chatbot.html): a chat built from Blocks, thoughts,
// editing, retry, undo and like; and bad values, hostile values and huge ones.
import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const log = (page: Page, id: string) => app(page, id).getByRole("log", { name: "chatbot conversation" });
const userBubbles = (page: Page, id: string) => log(page, id).locator(".gr-chat-user .gr-chat-bubble");
const botBubbles = (page: Page, id: string) => log(page, id).locator(".gr-chat-bot .gr-chat-bubble:not(.gr-chat-pending)");

test.describe("gr.Chatbot in Blocks", () => {
  openForEachTest("demos/chatbot.html", 4);

  test("chatbot_consecutive: the user's message shows at once, the bot's after its delay; Clear empties the chat", async ({ page }) => {
    const a = app(page, "consecutive");
    await a.getByRole("textbox", { name: "Textbox" }).fill("Hi bot");
    await a.getByRole("textbox", { name: "Textbox" }).press("Enter");
    await expect(userBubbles(page, "consecutive")).toHaveText(["Hi bot"]);
    await expect(a.getByRole("textbox", { name: "Textbox" })).toHaveValue("");
    // The bot is still "thinking": the replying bubble shows, no answer yet.
    await expect(log(page, "consecutive").getByRole("status", { name: "The assistant is replying" })).toBeVisible();
    await expect(botBubbles(page, "consecutive")).toHaveCount(0);
    await expect(botBubbles(page, "consecutive")).toHaveText([/How are you\?|I love you|I'm very hungry/], { timeout: 6000 });
    await a.locator("button.gr-button", { hasText: "Clear" }).click();
    await expect(log(page, "consecutive").locator(".gr-chat-row")).toHaveCount(0);
  });

  test("chatbot_nested_thoughts: an agent's steps stream in, thoughts nested under their parent", async ({ page }) => {
    const chat = log(page, "agent");
    const outer = chat.locator(".gr-chat-thought").filter({ has: page.getByRole("button", { name: "Gathering Weather Websites" }) });
    await expect(chat.getByRole("button", { name: "Failed again" })).toBeVisible({ timeout: 8000 });
    await expect(outer).toContainText("Will check: weather.com and sunny.org");
    // Nested three deep: Gathering → API Error → I will try again → Failed again.
    await expect(outer.locator(".gr-chat-thought .gr-chat-thought .gr-chat-thought")).toContainText("Failed again");
    await expect(outer.locator(".gr-chat-thought").filter({ hasText: "API Success" })).toContainText("Received weather from weather.com.");
    await chat.getByRole("button", { name: "Gathering Weather Websites" }).click();
    await expect(chat).not.toContainText("Received weather from weather.com.");
    // showCopyAllButton: false (Gradio's buttons=["copy"]).
    await expect(app(page, "agent").getByRole("button", { name: "Copy conversation" })).toHaveCount(0);
  });

  test("chatbot_editable: Edit on a user message fires edit with the index, the value and the previous value", async ({ page }) => {
    const a = app(page, "editable");
    await a.getByRole("button", { name: "Add Message" }).click();
    await a.getByRole("button", { name: "Add User Message" }).click();
    await expect(a.getByRole("textbox", { name: "Concatenated Chat 1" })).toHaveValue("I'm a user|I'm a bot|I'm a user");
    // Only user messages can be edited.
    await expect(a.getByRole("button", { name: "Edit" })).toHaveCount(2);
    await a.getByRole("button", { name: "Edit" }).last().click();
    const box = a.getByRole("textbox", { name: "Edit message" });
    await expect(box).toBeFocused();
    await box.fill("I was edited");
    await box.press("Enter");
    await expect(a.getByRole("textbox", { name: "Edited Message" })).toHaveValue("from I'm a user to I was edited at 2");
    await expect(a.getByRole("textbox", { name: "Concatenated Chat 1" })).toHaveValue("I'm a user|I'm a bot|I was edited");
    // Escape cancels an edit.
    await a.getByRole("button", { name: "Edit" }).first().click();
    await a.getByRole("textbox", { name: "Edit message" }).fill("never mind");
    await a.getByRole("textbox", { name: "Edit message" }).press("Escape");
    await expect(userBubbles(page, "editable")).toHaveText(["I'm a user", "I was edited"]);
  });

  test("the Chatbot's undo, retry and like events carry Gradio's event data", async ({ page }) => {
    // The worker's console reaches the page's only for listeners registered before it starts.
    const logs: string[] = [];
    page.on("console", (m) => logs.push(m.text()));
    await openDemo(page, "demos/chatbot.html", 4);
    const a = app(page, "retry-undo-like");
    await a.getByRole("textbox", { name: "Chat Message" }).fill("hi");
    await a.getByRole("textbox", { name: "Chat Message" }).press("Enter");
    await expect(botBubbles(page, "retry-undo-like").last()).toHaveText(/Hello! How can I help\?/);
    // The avatar of the assistant is the app's image.
    await expect(log(page, "retry-undo-like").getByRole("img", { name: "Assistant" }).first()).toBeVisible();
    await a.getByRole("button", { name: "Like", exact: true }).last().click();
    await expect.poll(() => logs.find((l) => l.startsWith("You upvoted this response:"))).toBeTruthy();
    await expect(a.getByRole("button", { name: "Like", exact: true }).last()).toHaveAttribute("aria-pressed", "true");
    await a.getByRole("button", { name: "Retry" }).click();
    await expect(botBubbles(page, "retry-undo-like").last()).toHaveText(/Sure, here is a thought\./);
    await expect(userBubbles(page, "retry-undo-like")).toHaveText(["hi"]);
    await a.getByRole("button", { name: "Undo" }).click();
    await expect(userBubbles(page, "retry-undo-like")).toHaveCount(0);
    await expect(a.getByRole("textbox", { name: "Chat Message" })).toHaveValue("hi");
  });
});

test("app values in messages are data: markup and URLs that could run never do", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    (window as unknown as { __xss: number }).__xss = 0;
    const el = document.createElement("gradio-lite");
    el.id = "xss-chat";
    el.textContent = `gr.Blocks(() => {
      gr.Chatbot([
        { role: "user", content: "<img src=x onerror=\\"window.__xss++\\"> <script>window.__xss++<\/script> <svg><animate onbegin=\\"window.__xss++\\" attributeName=x dur=1s></svg> <math><mtext><table><mglyph><style><img src=x onerror=window.__xss++></style></mglyph></table></mtext></math>" },
        { role: "assistant", content: "[link](javascript:window.__xss++) <a href='javascript:window.__xss++'>a</a>" },
        { role: "assistant", content: { file: { path: "x/evil.txt", url: "javascript:window.__xss++", size: 3, origName: "evil.txt", mimeType: "text/plain", meta: { _type: "gradio.FileData" } } } },
      ], { placeholder: "<img src=x onerror=window.__xss++>" });
    }).launch();`;
    document.body.append(el);
  });
  const chat = page.locator("gradio-lite#xss-chat").getByRole("log");
  // The two assistant messages share one bubble (groupConsecutiveMessages).
  await expect(chat.locator(".gr-chat-row")).toHaveCount(2);
  await expect(chat.locator(".gr-chat-file")).toHaveText(/evil\.txt/);
  await expect(chat.locator("[onerror], [onbegin], script, animate")).toHaveCount(0);
  const hrefs = await chat.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.filter((h) => h && /^\s*javascript:/i.test(h))).toEqual([]);
  await chat.locator("a").last().click({ force: true });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
});

test("a wrong message is a clear error and the app keeps working", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "bad-chat";
    el.textContent = `gr.Blocks(() => {
      const chatbot = gr.Chatbot();
      gr.Button("Pairs").click(() => [["hi", "hello"]], null, chatbot);
      gr.Button("No role").click(() => [{ content: "hi" }], null, chatbot);
      gr.Button("Good").click(() => [{ role: "user", content: "fine" }], null, chatbot);
    }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#bad-chat");
  await a.getByRole("button", { name: "Pairs" }).click();
  await expect(a.locator(".gr-toast")).toContainText(/\[user, bot\] pair: Chatbot takes messages \{ role/);
  await a.getByRole("button", { name: "No role" }).click();
  await expect(a.locator(".gr-toast").last()).toContainText(/role must be "user", "assistant" or "system"/);
  await a.getByRole("button", { name: "Good" }).click();
  await expect(a.getByRole("log").locator(".gr-chat-user")).toHaveText(["fine"]);
});

test("a 10,000-message history and a 5 MB reply keep the page responsive", async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "big-chat";
    el.textContent = `gr.Blocks(() => {
      const chatbot = gr.Chatbot();
      gr.Button("Ten thousand").click(() => Array.from({ length: 10000 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: "Message **" + i + "**" })), null, chatbot);
      gr.Button("Five MB").click(() => [{ role: "user", content: "big" }, { role: "assistant", content: Array.from({ length: 50000 }, (_, i) => "Paragraph " + i + " " + "lorem ipsum dolor sit amet ".repeat(3)).join("\\n\\n") }], null, chatbot);
    }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#big-chat");
  // The longest gap between frames while it renders: the page never stalls for long (a few
  // hundred ms on an idle machine; the bound leaves room for a loaded CI runner, while a
  // render of it all in one task took several seconds).
  const longestGap = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = performance.now();
          let longest = 0;
          const end = last + 4000;
          const tick = (t: number) => {
            longest = Math.max(longest, t - last);
            last = t;
            if (t < end) requestAnimationFrame(tick);
            else resolve(longest);
          };
          requestAnimationFrame(tick);
        }),
    );
  await a.getByRole("button", { name: "Ten thousand" }).click();
  const gap1 = longestGap();
  await expect(a.getByRole("log").getByText("Message 9999", { exact: true })).toBeVisible();
  // The latest turns show; earlier ones come on request.
  await expect(a.getByRole("button", { name: /Show earlier messages \(9960 more\)/ })).toBeVisible();
  expect(await gap1).toBeLessThan(2500);
  await a.getByRole("button", { name: "Five MB" }).click();
  const gap2 = longestGap();
  await expect(a.getByRole("log").getByText("Paragraph 0 lorem", { exact: false })).toBeVisible();
  expect(await gap2).toBeLessThan(2500);
  // It keeps rendering, a slice per task (about 7 s to the end on an idle machine; a
  // loaded CI runner is far slower, so the test asks for progress, not the end).
  await expect(a.getByRole("log").getByText(/^Paragraph 2000 /)).toBeAttached({ timeout: 60_000 });
});

test("a chat function that throws mid-stream keeps the partial reply, shows the error, and the chat goes on", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "throws";
    el.textContent = `
      async function* flaky(message) {
        yield "Half an ans";
        yield "Half an answer";
        if (message === "fail") throw new gr.Error("The model went away");
        yield "A whole answer";
      }
      gr.ChatInterface(flaky, { fillHeight: false }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#throws");
  const box = a.getByPlaceholder("Type a message...");
  await box.fill("fail");
  await box.press("Enter");
  await expect(a.locator(".gr-toast")).toContainText("The model went away");
  await expect(a.locator(".gr-chat-bot .gr-chat-bubble")).toHaveText(["Half an answer"]);
  await expect(box).toBeEnabled();
  await box.fill("again");
  await box.press("Enter");
  await expect(a.locator(".gr-chat-bot .gr-chat-bubble")).toHaveText(["Half an answer", "A whole answer"]);
  await expect(a.locator(".gr-chat-user .gr-chat-bubble")).toHaveText(["fail", "again"]);
});

test("messages highlight code and typeset LaTeX (loaded on need); panel layout, rtl and sizes apply", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "rich-chat";
    el.textContent = `gr.Blocks(() => {
      gr.Chatbot([
        { role: "user", content: "Show me code and a formula" },
        { role: "assistant", content: "Here:\\n\\n\\u0060\\u0060\\u0060python\\ndef square(x):\\n    return x ** 2\\n\\u0060\\u0060\\u0060\\n\\nand $$x^2$$" },
      ], { layout: "panel", rtl: true, height: 300, elemId: "panel-chat" });
      gr.Chatbot([{ role: "user", content: "hi" }], { height: "12rem", elemId: "rem-chat", latexDelimiters: [] });
    }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#rich-chat");
  const panel = a.locator("#panel-chat");
  await expect(panel.locator("pre code.hljs .hljs-keyword").first()).toHaveText("def");
  await expect(panel.locator(".katex")).toHaveCount(1);
  await expect(panel.locator(".gr-chat-panel")).toHaveAttribute("dir", "rtl");
  expect(Math.round((await panel.locator(".gr-chat").boundingBox())!.height)).toBe(300);
  const rem = a.locator("#rem-chat .gr-chat");
  expect(Math.round((await rem.boundingBox())!.height)).toBe(12 * 16);
});

test("a ChatInterface placed inside gr.Blocks, with additionalOutputs elsewhere on the page (chatinterface_artifacts)", async ({ page }) => {
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "artifacts";
    el.textContent = `
      function chat(message, history) {
        if (message.toLowerCase().includes("python")) return ["Here is the code.", "print('hello')"];
        return ["Type Python to see the code.", ""];
      }
      gr.Blocks(() => {
        // Gradio's demo uses gr.Code, not in gradio-lite yet: a Textbox holds the artifact.
        const code = gr.Textbox({ label: "Code", render: false });
        gr.Row(() => {
          gr.Column(() => {
            gr.Markdown("Write Python");
            gr.ChatInterface(chat, { examples: ["Python"], additionalOutputs: [code], fillHeight: false });
          });
          gr.Column(() => {
            gr.Markdown("Code Artifacts");
            code.render();
          });
        });
      }).launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#artifacts");
  await a.getByRole("button", { name: "Python" }).click();
  await expect(a.locator(".gr-chat-bot .gr-chat-bubble")).toHaveText(["Here is the code."]);
  await expect(a.getByRole("textbox", { name: "Code" })).toHaveValue("print('hello')");
  await expect(a.getByText(/not supported/)).toHaveCount(0);
});

test("ChatInterface editable: an edited message cuts the chat there and runs again; copy puts a turn on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openDemo(page, "demos/hello-world.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "edits";
    el.textContent = `
      let runs = 0;
      function reply(message, history) {
        runs++;
        return "Reply " + runs + " to " + message + " after " + history.length + " messages";
      }
      const demo = gr.ChatInterface(reply, { editable: true, fillHeight: false });
      demo.launch();`;
    document.body.append(el);
  });
  const a = page.locator("gradio-lite#edits");
  const box = a.getByPlaceholder("Type a message...");
  for (const text of ["first", "second"]) {
    await box.fill(text);
    await box.press("Enter");
    await expect(a.locator(".gr-chat-bot .gr-chat-bubble").last()).toContainText(`to ${text}`);
  }
  await expect(a.locator(".gr-chat-bot .gr-chat-bubble")).toHaveText(["Reply 1 to first after 0 messages", "Reply 2 to second after 2 messages"]);
  await a.getByRole("button", { name: "Edit" }).first().click();
  await a.getByRole("textbox", { name: "Edit message" }).fill("FIRST");
  await a.getByRole("textbox", { name: "Edit message" }).press("Enter");
  await expect(a.locator(".gr-chat-user .gr-chat-bubble")).toHaveText(["FIRST"]);
  await expect(a.locator(".gr-chat-bot .gr-chat-bubble")).toHaveText(["Reply 3 to FIRST after 0 messages"]);
  // Copy: the turn's text on the clipboard.
  await a.getByRole("button", { name: "Copy message" }).last().click();
  await expect(a.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Reply 3 to FIRST after 0 messages");
});
