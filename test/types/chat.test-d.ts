// What the chat components' types promise a TypeScript author: a Chatbot's
// handlers get and return messages, its events carry Gradio's event data,
// ChatInterface's function is typed from its additional inputs, and a
// MultimodalTextbox gives `{ text, files }`.
import { describe, expectTypeOf, test } from "vitest";
import * as gr from "../../src/index.ts";

describe("gr.Chatbot", () => {
  test("a handler gets messages and returns messages (text, a file, a component)", () => {
    gr.Blocks(() => {
      const chatbot = gr.Chatbot();
      const box = gr.Textbox();
      box.submit(
        (text, history) => {
          expectTypeOf(text).toEqualTypeOf<string>();
          expectTypeOf(history).toEqualTypeOf<gr.ChatMessage[]>();
          return [...history, { role: "user", content: text }, { role: "assistant", content: gr.Image("cat.png") }];
        },
        [box, chatbot],
        chatbot,
      );
      // @ts-expect-error: a role is "user", "assistant" or "system"
      box.submit(() => [{ role: "bot", content: "hi" }], null, chatbot);
      // @ts-expect-error: a message has content
      box.submit(() => [{ role: "user" }], null, chatbot);
      // @ts-expect-error: the [user, bot] pairs format is gone
      box.submit(() => [["hi", "hello"]], null, chatbot);
    });
  });

  test("its events carry Gradio's event data", () => {
    gr.Blocks(() => {
      const chatbot = gr.Chatbot();
      chatbot.like((ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.LikeData>();
        expectTypeOf(ctx.event.liked).toEqualTypeOf<boolean | string>();
      }, null, null);
      chatbot.retry((h, ctx) => {
        expectTypeOf(ctx.event).toEqualTypeOf<gr.RetryData>();
        return h.slice(0, Number(ctx.event.index));
      }, chatbot, chatbot);
      chatbot.undo((ctx) => expectTypeOf(ctx.event).toEqualTypeOf<gr.UndoData>(), null, null);
      chatbot.edit((ctx) => expectTypeOf(ctx.event.previousValue).toEqualTypeOf<unknown>(), null, null);
      chatbot.exampleSelect((ctx) => expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>(), null, null);
      chatbot.optionSelect((ctx) => expectTypeOf(ctx.event).toEqualTypeOf<gr.SelectData>(), null, null);
      // @ts-expect-error: a Chatbot has no click event
      chatbot.click(() => null, null, null);
    });
  });

  test("its options are its own", () => {
    gr.Chatbot({ layout: "panel", feedbackOptions: ["Like", "Dislike", "Spam"], editable: "user", avatarImages: [null, "bot.png"] });
    // @ts-expect-error: layout is "bubble" or "panel"
    gr.Chatbot({ layout: "chat" });
    // @ts-expect-error: a typo in an option
    gr.Chatbot({ placeholdr: "Ask me" });
    // gr.ChatMessage: role defaults to "assistant"; metadata is a thought.
    expectTypeOf(gr.ChatMessage({ content: "x", metadata: { title: "Thinking", status: "pending" } })).toEqualTypeOf<gr.MessageLike>();
    // @ts-expect-error: a thought's status is "pending" or "done"
    gr.ChatMessage({ content: "x", metadata: { status: "running" } });
  });
});

describe("gr.ChatInterface", () => {
  test("the function gets the message, the history, then the additional inputs' values", () => {
    gr.ChatInterface({
      fn: (message, history, temperature, name, ctx) => {
        expectTypeOf(message).toEqualTypeOf<string>();
        expectTypeOf(history).toEqualTypeOf<gr.ChatMessage[]>();
        expectTypeOf(temperature).toEqualTypeOf<number>();
        expectTypeOf(name).toEqualTypeOf<string>();
        expectTypeOf(ctx.signal).toEqualTypeOf<AbortSignal>();
        return "ok";
      },
      additionalInputs: [gr.Slider(0, 1), gr.Textbox()],
    });
    // A generator streams; a message, several, or a component may be yielded.
    gr.ChatInterface(async function* (message) {
      yield "partial";
      yield gr.ChatMessage({ content: message, metadata: { title: "Tool" } });
      yield ["two", { role: "assistant", content: "messages" }];
    });
  });

  test("a wrong reply or option is a type error", () => {
    // @ts-expect-error: a reply is text, a file, a component or messages, not a Map
    gr.ChatInterface(() => new Map());
    // @ts-expect-error: a typo in an option
    gr.ChatInterface(() => "x", { exampels: ["hi"] });
    // @ts-expect-error: fn's third argument is the first additional input (a number here), not a string
    gr.ChatInterface({ fn: (m: string, h: gr.ChatMessage[], t: string) => t, additionalInputs: [gr.Slider(0, 1)] });
  });
});

describe("gr.MultimodalTextbox", () => {
  test("a handler gets { text, files }", () => {
    gr.Blocks(() => {
      const box = gr.MultimodalTextbox({ fileTypes: ["image"], fileCount: "multiple" });
      const chatbot = gr.Chatbot();
      box.submit(
        (message, history) => {
          expectTypeOf(message).toEqualTypeOf<gr.MultimodalValue>();
          expectTypeOf(message.files).toEqualTypeOf<gr.FileData[]>();
          return [...history, ...message.files.map((file) => ({ role: "user" as const, content: file })), { role: "user", content: message.text }];
        },
        [box, chatbot],
        chatbot,
      );
      // @ts-expect-error: fileCount is "single", "multiple" or "directory"
      gr.MultimodalTextbox({ fileCount: "many" });
    });
  });
});
