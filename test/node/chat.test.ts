// The Chatbot's value both ways, and ChatInterface's history helpers: pure logic.
import { describe, expect, it } from "vitest";
import * as gr from "../../src/index.ts";
import { cleandoc, fromWireMessages, toWireMessages } from "../../components/chatbot/chatbot.ts";
import { popLastUserMessage, responseMessages } from "../../src/chat-interface.ts";
import { groupMessages, nestThoughts, type WireMessage } from "../../components/chatbot/view/messages.ts";

const file = { path: "abc/cat.png", url: "blob:x", size: 3, origName: "cat.png", mimeType: "image/png", meta: { _type: "gradio.FileData" as const } };

describe("Chatbot values", () => {
  it("puts every message's content in typed parts on the wire, and gives a handler back what it wrote", () => {
    const value = [
      { role: "user" as const, content: "Hello" },
      { role: "assistant" as const, content: file },
      { role: "assistant" as const, content: ["two", "parts"] },
    ];
    const wire = toWireMessages(value);
    expect(wire).toEqual([
      { role: "user", content: [{ type: "text", text: "Hello" }], metadata: null, options: null },
      { role: "assistant", content: [{ type: "file", file, altText: null }], metadata: null, options: null },
      { role: "assistant", content: [{ type: "text", text: "two" }, { type: "text", text: "parts" }], metadata: null, options: null },
    ]);
    expect(fromWireMessages(wire)).toEqual(value);
  });

  it("keeps metadata (parent_id read as parentId) and options", () => {
    const [m] = toWireMessages([{ role: "assistant", content: "", metadata: { title: "Tool", id: 1, parent_id: 0 } as never, options: ["Yes", { value: "No", label: "Nope" }] as never }]);
    expect(m.metadata).toEqual({ title: "Tool", id: 1, parentId: 0 });
    expect(m.options).toEqual([{ value: "Yes" }, { value: "No", label: "Nope" }]);
  });

  it("strips common indentation and blank edges from text, as Gradio's cleandoc", () => {
    expect(cleandoc("\n    Here:\n\n    lambda x: x\n")).toBe("Here:\n\nlambda x: x");
  });

  it("explains the old pairs format and a missing role", () => {
    expect(() => toWireMessages([["hi", "hello"]])).toThrow(/\[user, bot\] pair/);
    expect(() => toWireMessages([{ content: "hi" }])).toThrow(/role must be "user", "assistant" or "system"/);
    expect(() => toWireMessages("hi")).toThrow(/a list of messages/);
    expect(() => toWireMessages([{ role: "user", content: Symbol("x") }])).toThrow(/content must be text, a file or a component/);
  });

  it("shows a component in a message as its type, value and props", () => {
    const [m] = toWireMessages([{ role: "assistant", content: gr.Textbox("inside", { label: "Quoted" }) }]);
    expect(m.content[0]).toMatchObject({ type: "component", component: "textbox", value: "inside", props: { label: "Quoted", interactive: false } });
  });

  it("gr.ChatMessage is an assistant message by default", () => {
    expect(gr.ChatMessage({ content: "hi" })).toEqual({ role: "assistant", content: "hi" });
  });
});

describe("ChatInterface history", () => {
  it("turns a reply into assistant messages: text, a message, or several", () => {
    expect(responseMessages("hi")).toEqual([{ role: "assistant", content: "hi" }]);
    expect(responseMessages({ role: "assistant", content: "x", metadata: { title: "t" } })).toEqual([{ role: "assistant", content: "x", metadata: { title: "t" } }]);
    expect(responseMessages(["a", { role: "assistant", content: "b" }])).toHaveLength(2);
    expect(responseMessages(null)).toEqual([]);
  });

  it("pops the last user turn with its replies (retry, undo)", () => {
    const history = [
      { role: "user" as const, content: "one" },
      { role: "assistant" as const, content: "1" },
      { role: "user" as const, content: "two" },
      { role: "assistant" as const, content: "2a" },
      { role: "assistant" as const, content: "2b" },
    ];
    expect(popLastUserMessage(history)).toEqual([history.slice(0, 2), "two"]);
    expect(popLastUserMessage([])).toEqual([[], ""]);
  });
});

describe("the chat view's structure", () => {
  const msg = (role: WireMessage["role"], text: string, metadata: WireMessage["metadata"] = null): WireMessage => ({ role, content: [{ type: "text", text }], metadata, options: null });

  it("nests thoughts under their parent and groups consecutive messages of one role", () => {
    const nodes = nestThoughts([msg("user", "q"), msg("assistant", "plan", { title: "Plan", id: "p" }), msg("assistant", "step", { title: "Step", parentId: "p" }), msg("assistant", "answer")]);
    expect(nodes.map((n) => n.index)).toEqual([0, 1, 3]);
    expect(nodes[1].children.map((n) => n.index)).toEqual([2]);
    expect(groupMessages(nodes, true).map((g) => [g.role, g.nodes.length])).toEqual([["user", 1], ["assistant", 2]]);
    expect(groupMessages(nodes, false)).toHaveLength(3);
  });
});
