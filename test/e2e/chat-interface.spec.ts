// Gradio's ChatInterface demos (demos/chat-interface.html): streaming, Stop,
// retry, undo, saved chats, cached examples, multimodal, options, the /chat API.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { openDemo, openForEachTest, renderedCount } from "./helpers.ts";

const app = (page: Page, id: string) => page.locator(`gradio-lite#${id}`);
const log = (page: Page, id: string) => app(page, id).getByRole("log", { name: "chatbot conversation" });
const userBubbles = (page: Page, id: string) => log(page, id).locator(".gr-chat-user .gr-chat-bubble");
const botBubbles = (page: Page, id: string) => log(page, id).locator(".gr-chat-bot .gr-chat-bubble:not(.gr-chat-pending)");

async function send(page: Page, id: string, text: string): Promise<void> {
  const box = app(page, id).getByPlaceholder("Type a message...");
  await box.fill(text);
  await box.press("Enter");
}

test.describe("gr.ChatInterface", () => {
  openForEachTest("demos/chat-interface.html", 6);

  test("a streaming ChatInterface grows its reply; examples run on click", async ({ page }) => {
    const seen: string[] = [];
    await page.exposeFunction("__reply", (t: string) => seen.push(t));
    await log(page, "echo").evaluate((el) => {
      new MutationObserver(() => {
        const last = [...el.querySelectorAll(".gr-chat-bot .gr-chat-bubble")].at(-1);
        if (last?.textContent) (window as unknown as { __reply: (t: string) => void }).__reply(last.textContent.trim());
      }).observe(el, { subtree: true, childList: true, characterData: true });
    });
    await send(page, "echo", "hello there");
    await expect(userBubbles(page, "echo")).toHaveText(["hello there"]);
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: hello there"]);
    // It streamed: the page saw partial replies on the way.
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(seen.every((t) => "You typed: hello there".startsWith(t))).toBe(true);

    // A new chat's examples show on the empty chatbot; a click sends one.
    await app(page, "options").getByRole("button", { name: "Write an example Python lambda function." }).click();
    await expect(userBubbles(page, "options")).toHaveText(["Write an example Python lambda function."]);
    await expect(botBubbles(page, "options")).toContainText(/lambda x: x \+ \d+/);
  });

  test("Stop ends a streaming reply at once, keeps what was written, and the chat goes on", async ({ page }) => {
    const a = app(page, "echo");
    const long = "a long message that takes a while to echo back, letter by letter";
    await send(page, "echo", long);
    await expect(botBubbles(page, "echo")).toHaveText(/You typed: a long/);
    // While it streams, the box is locked and the submit arrow became a Stop button.
    await expect(a.getByPlaceholder("Type a message...")).toBeDisabled();
    await a.getByRole("button", { name: "Stop" }).click();
    await expect(a.getByRole("button", { name: "Stop" })).toHaveCount(0);
    await expect(a.getByRole("button", { name: "Submit" })).toBeVisible();
    await expect(a.getByPlaceholder("Type a message...")).toBeEnabled();
    const stopped = await botBubbles(page, "echo").textContent();
    expect(stopped!.length).toBeLessThan(`You typed: ${long}`.length);
    await page.waitForTimeout(300);
    await expect(botBubbles(page, "echo")).toHaveText(stopped!);
    // The next message gets its own full reply.
    await send(page, "echo", "ok");
    await expect(botBubbles(page, "echo").last()).toHaveText("You typed: ok");
    await expect(userBubbles(page, "echo")).toHaveText([long, "ok"]);
  });

  test("Retry runs the last message again; Undo takes it back into the box", async ({ page }) => {
    const a = app(page, "echo");
    await send(page, "echo", "first");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first"]);
    await send(page, "echo", "second");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first", "You typed: second"]);
    await a.getByRole("button", { name: "Retry" }).click();
    await expect(userBubbles(page, "echo")).toHaveText(["first", "second"]);
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first", "You typed: second"]);
    await a.getByRole("button", { name: "Undo" }).click();
    await expect(userBubbles(page, "echo")).toHaveText(["first"]);
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first"]);
    await expect(a.getByPlaceholder("Type a message...")).toHaveValue("second");
  });

  test("saveHistory: conversations survive a reload, reopen from the list, and Clear deletes one", async ({ page }) => {
    const a = app(page, "echo");
    const chats = a.locator(".gr-chat-history").getByRole("row");
    await send(page, "echo", "first chat");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first chat"]);
    await a.getByRole("button", { name: "New chat" }).click();
    await expect(log(page, "echo").locator(".gr-chat-row")).toHaveCount(0);
    await send(page, "echo", "second one");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: second one"]);
    await expect(chats).toHaveText(["second one", "first chat"]);
    // Saving happens in the worker, after the reply: wait for the list, then give the store a moment.
    await page.waitForTimeout(300);
    await page.reload();
    await expect(chats).toHaveText(["second one", "first chat"]);
    await chats.filter({ hasText: "first chat" }).click();
    await expect(userBubbles(page, "echo")).toHaveText(["first chat"]);
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first chat"]);
    // Going on in a reopened chat updates it in place.
    await send(page, "echo", "more");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: first chat", "You typed: more"]);
    await expect(chats).toHaveText(["second one", "first chat"]);
    await a.getByRole("button", { name: "Clear", exact: true }).click();
    await expect(chats).toHaveText(["second one"]);
  });

  test("cacheExamples: replies computed at load are shown on click without running the function again", async ({ page }) => {
    // Its function sleeps 1.5 s per example on purpose, at load and again after a reload.
    test.slow();
    // The page opened for this test has already begun caching: start again from
    // an empty store, listening from the first line the app logs.
    await page.goto("index.html");
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase("gradio-lite");
          del.onsuccess = () => resolve();
          del.onerror = () => reject(del.error);
          del.onblocked = () => reject(new Error("the store is still open"));
        }),
    );
    const runs: string[] = [];
    page.on("console", (m) => void (m.text().startsWith("slowAnswer runs for") && runs.push(m.text())));
    await openDemo(page, "demos/chat-interface.html", 6);
    // Eager caching runs the function once per example at load (1.5 s each), into IndexedDB.
    const cachedCount = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open("gradio-lite");
            open.onsuccess = () => {
              const all = open.result.transaction("browser-state").objectStore("browser-state").getAll();
              all.onsuccess = () => resolve(Math.max(0, ...all.result.map((v: { replies?: object }) => Object.keys(v?.replies ?? {}).length)));
              all.onerror = () => resolve(0);
            };
            open.onerror = () => resolve(0);
          }),
      );
    await expect.poll(cachedCount, { timeout: 15_000 }).toBe(2);
    expect(runs).toEqual(['slowAnswer runs for "What is gradio-lite?"', 'slowAnswer runs for "Why run in the browser?"']);
    // After a reload, a click shows the stored reply: the function does not run.
    runs.length = 0;
    await page.reload();
    await expect.poll(() => renderedCount(page)).toBe(6);
    const a = app(page, "cached");
    await a.getByRole("button", { name: "Why run in the browser?" }).click();
    await expect(botBubbles(page, "cached")).toHaveText(['A considered answer to "Why run in the browser?".']);
    await expect(userBubbles(page, "cached")).toHaveText(["Why run in the browser?"]);
    // Showing a stored reply keeps the store as it was (it once became an update object, and the cache was lost).
    await page.waitForTimeout(300);
    expect(await cachedCount()).toBe(2);
    // The chat goes on from there, with the function.
    await send(page, "cached", "thanks");
    await expect(botBubbles(page, "cached").last()).toHaveText('A considered answer to "thanks".');
    expect(runs).toEqual(['slowAnswer runs for "thanks"']);
  });

  test("multimodal: an attached image reaches the function as a file, and the reply holds an image", async ({ page }) => {
    const a = app(page, "multimodal");
    await a.locator('input[type="file"]').setInputFiles("demos/assets/sunset.png");
    await expect(a.getByRole("button", { name: "Remove sunset.png" })).toBeVisible();
    await a.getByPlaceholder("Ask about an image...").fill("What is this?");
    await a.getByPlaceholder("Ask about an image...").press("Enter");
    // The user's turn: the image, then the text, in one bubble.
    await expect(userBubbles(page, "multimodal").locator("img")).toHaveAttribute("alt", "sunset.png");
    await expect(userBubbles(page, "multimodal")).toContainText("What is this?");
    await expect(botBubbles(page, "multimodal")).toContainText(/sunset\.png is \d+ × \d+ pixels; its average colour is rgb\(\d+, \d+, \d+\)\./);
    const swatch = botBubbles(page, "multimodal").locator("img");
    await expect(swatch).toBeVisible();
    expect(await swatch.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([96, 96]);
    await expect(a.getByRole("button", { name: "Remove sunset.png" })).toHaveCount(0);
    // A text-only message gets a text reply.
    await a.getByPlaceholder("Ask about an image...").fill("hello");
    await a.getByPlaceholder("Ask about an image...").press("Enter");
    await expect(botBubbles(page, "multimodal").last()).toContainText('You said "hello"');
  });

  test("a thought is a collapsible box: a spinner while pending, its duration once done, then the answer", async ({ page }) => {
    await send(page, "thoughts", "why?");
    const title = log(page, "thoughts").getByRole("button", { name: /Thinking/ });
    await expect(title).toHaveAttribute("aria-expanded", "true");
    await expect(log(page, "thoughts").getByLabel("in progress")).toBeVisible();
    await expect(log(page, "thoughts")).toContainText("First, I need to understand");
    await expect(log(page, "thoughts")).toContainText("Based on my thoughts and analysis above", { timeout: 8000 });
    await expect(app(page, "thoughts").getByRole("button", { name: "Submit" })).toBeVisible();
    // Done: closed, with its duration.
    await expect(title).toHaveAttribute("aria-expanded", "false");
    await expect(title).toContainText(/\(\d+(\.\d)?s\)/);
    await expect(log(page, "thoughts")).not.toContainText("First, I need to understand");
    await title.click();
    await expect(log(page, "thoughts")).toContainText("Finally, structuring the response");
  });

  test("an option under the reply is sent as the user's message", async ({ page }) => {
    await send(page, "options", "Write one");
    await expect(app(page, "options").getByRole("button", { name: "Yes", exact: true })).toBeVisible();
    await app(page, "options").getByRole("button", { name: "Yes", exact: true }).click();
    await expect(userBubbles(page, "options")).toHaveText(["Write one", "Yes, that's correct."]);
    await expect(botBubbles(page, "options").last()).toHaveText("Great!");
    await expect(app(page, "options").getByRole("button", { name: "Yes", exact: true })).toHaveCount(0);
  });

  test("additional inputs are passed after the history, from an accordion", async ({ page }) => {
    const a = app(page, "system-prompt");
    await a.getByRole("button", { name: "Additional Inputs" }).click();
    await a.getByRole("textbox", { name: "System Prompt" }).fill("Be brief.");
    // The Slider's value starts at its minimum (10), as in Gradio: the reply is cut at 10 characters.
    await a.getByRole("slider").fill("100");
    await send(page, "system-prompt", "hi");
    await expect(botBubbles(page, "system-prompt")).toContainText("System prompt: Be brief.", { timeout: 8000 });
  });

  test("the /chat endpoint answers a client, with its own history", async ({ page }) => {
    const replies = await page.evaluate(async () => {
      const el = document.querySelector("#options") as HTMLElement & { client: Promise<{ predict(name: string, args: unknown[]): Promise<{ data: unknown[] }> }> };
      const client = await el.client;
      const first = (await client.predict("/chat", ["Write one"])).data[0];
      const second = (await client.predict("/chat", ["Yes, that's correct."])).data[0];
      return [first, second];
    });
    expect(String(replies[0])).toMatch(/lambda x: x \+ \d+/);
    expect(replies[1]).toBe("Great!");
    // The page's own chat is untouched.
    await expect(log(page, "options").locator(".gr-chat-row")).toHaveCount(0);
  });

  test("flaggingMode manual: the demo's feedback buttons save the conversation with the rating (Gradio's log.csv)", async ({ page }) => {
    const a = app(page, "echo");
    await send(page, "echo", "rate me");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: rate me"]);
    await expect(a.getByRole("button", { name: "Dislike" })).toHaveCount(0);
    await a.getByRole("button", { name: "Like", exact: true }).click();
    await expect(a.getByRole("button", { name: "Flagged (1)" })).toBeVisible();
    await a.getByRole("button", { name: "Spam" }).click();
    await expect(a.getByRole("button", { name: "Flagged (2)" })).toBeVisible();
    await a.getByRole("button", { name: "Flagged (2)" }).click();
    const dialog = page.getByRole("dialog", { name: /Flagged/ });
    await expect(dialog.getByText("flagged/log.csv")).toBeVisible();
    const downloading = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Download CSV" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("log.csv");
    const lines = readFileSync(await file.path()).toString().split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("conversation,index,value,flag,timestamp");
    expect(lines[1]).toMatch(/^"\[\{""role"":""user"",""content"":""rate me""/);
    expect(lines[1]).toMatch(/,1,"\[""You typed: rate me""\]",Like,\d{4}-/);
    expect(lines[2]).toMatch(/,Spam,\d{4}-/);
  });

  test("a conversation passes axe, light and dark", async ({ page }) => {
    await send(page, "echo", "hello");
    await expect(botBubbles(page, "echo")).toHaveText(["You typed: hello"]);
    await send(page, "options", "Write one");
    await expect(app(page, "options").getByRole("button", { name: "Yes", exact: true })).toBeVisible();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run({ include: [["gradio-lite#echo"], ["gradio-lite#options"]] }, {});
        return result.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")}`);
      });
      expect.soft(violations, scheme).toEqual([]);
    }
  });
  test("an example with a file sends the file and its text; the reply answers about the image", async ({ page }) => {
    const a = app(page, "multimodal");
    await a.getByRole("button", { name: /What colour is this\?/ }).click();
    await expect(userBubbles(page, "multimodal").locator("img")).toHaveAttribute("alt", "sunset.png");
    await expect(userBubbles(page, "multimodal")).toContainText("What colour is this?");
    await expect(botBubbles(page, "multimodal")).toContainText(/sunset\.png is \d+ × \d+ pixels/);
  });

  test("autoscroll follows a growing reply, and leaves the user where they scrolled", async ({ page }) => {
    const chat = log(page, "echo");
    const atBottom = () => chat.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 40);
    for (const text of ["one", "two", "three", "four", "five", "six"]) {
      await send(page, "echo", text);
      await expect(botBubbles(page, "echo").last()).toHaveText(`You typed: ${text}`);
      await expect(app(page, "echo").getByRole("button", { name: "Submit" })).toBeVisible();
    }
    expect(await chat.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await atBottom()).toBe(true);
    // Scrolled up while a reply streams: the chat stays put, and offers a way back.
    await send(page, "echo", "a longer message, which takes a couple of seconds to echo");
    await chat.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(app(page, "echo").getByRole("button", { name: "Scroll to the latest message" })).toBeVisible();
    await expect(app(page, "echo").getByRole("button", { name: "Submit" })).toBeVisible();
    expect(await chat.evaluate((el) => el.scrollTop)).toBeLessThan(50);
    await app(page, "echo").getByRole("button", { name: "Scroll to the latest message" }).click();
    await expect.poll(atBottom).toBe(true);
  });
});
