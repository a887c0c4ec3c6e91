// gr.ChatInterface: Gradio's chat app, built from Blocks the way Gradio
// builds it: a Chatbot, a Textbox with submit and stop buttons, States that
// hold the history, and a chain of listeners per action (submit, retry,
// undo, edit, example, option, clear). A `/chat` endpoint serves clients.

import { outsideBody } from "./block.ts";
import { Blocks, type BlocksClass, type BlocksOptions } from "./blocks.ts";
import { BrowserState } from "../components/browser-state/browser-state.ts";
import { Dataset } from "../components/dataset/dataset.ts";
import { flagMessages } from "./chat-flagging.ts";
import { FlaggedRows } from "../components/flagged-rows/flagged-rows.ts";
import { hashText } from "./hash-text.ts";
import { Chatbot, type ChatMessage, type ExampleMessage, type MessageLike, type MessagePartLike } from "../components/chatbot/chatbot.ts";
import { optionNames } from "./component.ts";
import * as c from "./components.ts";
import { listen, type AnyHandler, type Dependency } from "./dependency.ts";
import { UsageError } from "./errors.ts";
import type { EditData, SelectData } from "./event-data.ts";
import type { AnyComponent, Context, InputValues, Inputs, Outputs } from "./handler.ts";
import { I18nText } from "./i18n.ts";
import { Accordion, Column, Group, Row } from "./layouts.ts";
import type { FileLike } from "./file-components.ts";
import { MultimodalTextbox, type MultimodalValue } from "../components/multimodal-textbox/multimodal-textbox.ts";
import { checkOptions, refuseServerOptions, SERVER_ONLY_OPTIONS } from "./options-check.ts";
import { toComponents, type Shortcut } from "./shortcuts.ts";
import { State } from "../components/state/state.ts";
import { skip, Update, update } from "./updates.ts";
import { invoke, isIterator } from "../worker/context.ts";
import { isFileData } from "../worker/file-data.ts";

/** What a chat function returns or yields: text, a file, a component, a message, or several messages. */
export type ChatResponse = MessagePartLike | MessageLike | ReadonlyArray<MessagePartLike | MessageLike> | null | undefined;

/** The chat function: the message, the history before it, the additional inputs' values, then `ctx`. */
export type ChatFn<A extends Inputs = null, R = ChatResponse> = (
  this: Context,
  message: string,
  history: ChatMessage[],
  ...rest: [...InputValues<A>, Context]
) => R | Promise<R> | Generator<R, unknown, undefined> | AsyncGenerator<R, unknown, undefined>;

export interface ChatInterfaceSettings extends Pick<BlocksOptions, "css" | "js" | "head" | "theme" | "fillWidth" | "analyticsEnabled" | "deleteCache"> {
  multimodal?: boolean;
  chatbot?: Chatbot | null;
  textbox?: c.Textbox | MultimodalTextbox | null;
  additionalInputsAccordion?: string | null;
  editable?: boolean;
  examples?: ReadonlyArray<string | { text?: string; files?: readonly FileLike[] } | readonly unknown[]> | null;
  exampleLabels?: readonly string[] | null;
  exampleIcons?: readonly FileLike[] | null;
  runExamplesOnClick?: boolean;
  cacheExamples?: boolean | null;
  cacheMode?: "eager" | "lazy" | null;
  title?: string | I18nText | null;
  description?: string | null;
  /**
   * "manual": each like, dislike or other feedback on a message is saved with
   * the conversation, in this browser (Gradio's ChatCSVLogger); "never" (the default).
   */
  flaggingMode?: "never" | "manual" | null;
  /** The feedback buttons by each reply: "Like" and "Dislike" are thumbs, others sit under a flag. */
  flaggingOptions?: readonly string[] | null;
  /** Names the rows' folder in this browser's storage and the downloaded zip. */
  flaggingDir?: string;
  autofocus?: boolean;
  autoscroll?: boolean;
  submitBtn?: string | boolean | null;
  stopBtn?: string | boolean | null;
  concurrencyLimit?: number | null | "default";
  showProgress?: "full" | "minimal" | "hidden";
  fillHeight?: boolean;
  apiName?: string | null;
  apiDescription?: string | false | null;
  saveHistory?: boolean;
}

export interface ChatInterfaceOptions<A extends Inputs = null, O extends Outputs = null> extends ChatInterfaceSettings {
  fn: ChatFn<A, O extends null ? ChatResponse : readonly [ChatResponse, ...unknown[]]>;
  additionalInputs?: A;
  additionalOutputs?: O;
}

const CHAT_INTERFACE_OPTIONS = [
  ...optionNames<ChatInterfaceSettings>()(
    "multimodal", "chatbot", "textbox", "additionalInputsAccordion", "editable", "examples", "exampleLabels", "exampleIcons",
    "runExamplesOnClick", "cacheExamples", "cacheMode", "title", "description", "flaggingMode", "flaggingOptions", "flaggingDir", "autofocus",
    "autoscroll", "submitBtn", "stopBtn", "concurrencyLimit", "showProgress", "fillHeight", "apiName", "apiDescription",
    "saveHistory", "css", "js", "head", "theme", "fillWidth", "analyticsEnabled", "deleteCache",
  ),
  "fn",
  "additionalInputs",
  "additionalOutputs",
];

type RawOptions = ChatInterfaceSettings & { fn: AnyHandler; additionalInputs?: unknown; additionalOutputs?: unknown };

const isMessage = (v: unknown): v is MessageLike => !!v && typeof v === "object" && !Array.isArray(v) && "role" in v && "content" in v;

/** A response as assistant messages (Gradio's `_message_as_message_dict`). */
export function responseMessages(response: unknown): MessageLike[] {
  if (response === null || response === undefined) return [];
  const items = Array.isArray(response) ? response : [response];
  return items.flatMap((item): MessageLike[] => {
    if (item === null || item === undefined) return [];
    if (isMessage(item)) return [item];
    return [{ role: "assistant", content: item as MessagePartLike }];
  });
}

/**
 * The index where the last user turn starts: the history before it, and the
 * text of that turn (Gradio's `_pop_last_user_message`).
 */
export function popLastUserMessage(history: readonly ChatMessage[]): [ChatMessage[], string];
export function popLastUserMessage(history: readonly ChatMessage[], multimodal: true): [ChatMessage[], MultimodalValue];
export function popLastUserMessage(history: readonly ChatMessage[], multimodal = false): [ChatMessage[], string | MultimodalValue] {
  let i = history.length - 1;
  while (i >= 0 && history[i].role !== "user") i--;
  while (i >= 0 && history[i].role === "user") i--;
  const turn = history.slice(i + 1).filter((m) => m.role === "user");
  const text = turn.filter((m) => typeof m.content === "string").map((m) => m.content as string).at(-1) ?? "";
  if (!multimodal) return [history.slice(0, i + 1), text];
  const files = turn.flatMap((m) => (Array.isArray(m.content) ? m.content : [m.content])).filter(isFileData);
  return [history.slice(0, i + 1), { text, files }];
}

function makeChatInterface(options: RawOptions): BlocksClass {
  if (!options || typeof options.fn !== "function") throw new UsageError("gr.ChatInterface needs { fn } with fn a function");
  refuseServerOptions("gr.ChatInterface", options);
  checkOptions("gr.ChatInterface", options, CHAT_INTERFACE_OPTIONS, SERVER_ONLY_OPTIONS);
  const multimodal = options.multimodal === true;
  const flaggingMode = options.flaggingMode ?? "never";
  if (flaggingMode !== "never" && flaggingMode !== "manual") throw new UsageError(`gr.ChatInterface: flaggingMode must be "never" or "manual", got ${String(flaggingMode)}`);
  const fn = options.fn;
  const additionalInputs = outsideBody(() => toComponents(options.additionalInputs as Shortcut | AnyComponent | null, "ChatInterface additionalInputs"));
  const additionalOutputs = toComponents(options.additionalOutputs, "ChatInterface additionalOutputs");
  const examples = exampleMessages(options);
  const examplesHaveInputs = additionalInputs.length > 0 && (options.examples ?? []).some((e) => Array.isArray(e) && e.slice(1).some((v) => v !== null && v !== undefined));
  const { css, js, head, theme, fillWidth, deleteCache } = options;
  const showProgress = options.showProgress ?? "minimal";
  const concurrencyLimit = options.concurrencyLimit ?? "default";
  const fillHeight = options.fillHeight ?? true;

  return Blocks({ title: options.title ?? "Gradio", css: css ?? null, js, head, theme, fillWidth, deleteCache, fillHeight }, (demo) => {
    let chatbot!: Chatbot;
    let textbox!: c.Textbox | MultimodalTextbox;
    let history: { newChat: c.Button; list: Dataset } | null = null;
    let flagged: FlaggedRows | null = null;
    const chatArea = () => {
      chatbot = options.chatbot
        ? options.chatbot.render()
        : Chatbot({ label: "Chatbot", scale: 1, autoscroll: options.autoscroll ?? true, height: fillHeight ? fillingHeight(options, additionalInputs.length > 0) : 400 });
      if (!examplesHaveInputs && examples.length) {
        if (options.chatbot?.props.examples) console.warn("[gradio-lite] gr.ChatInterface: the ChatInterface's examples replace the chatbot's own.");
        chatbot.props.examples = examples;
      }
      Group(() => {
        Row(() => {
          if (options.textbox) {
            textbox = options.textbox.render();
            textbox.props.showLabel = false;
          } else {
            const box = {
              showLabel: false,
              placeholder: "Type a message...",
              scale: 7,
              autofocus: options.autofocus ?? true,
              submitBtn: options.submitBtn ?? true,
              stopBtn: options.stopBtn ?? true,
            };
            textbox = multimodal ? MultimodalTextbox(box) : c.Textbox(box);
          }
        });
      });
      // The rows flagged in this browser, under the box once there are some (components/flagged-rows/flagged-rows.ts).
      if (flaggingMode === "manual") flagged = FlaggedRows({ visible: false });
      if (additionalInputs.some((x) => !x.parent)) {
        Accordion({ label: options.additionalInputsAccordion ?? "Additional Inputs", open: false }, () => {
          for (const input of additionalInputs) if (!input.parent) input.render();
        });
      }
    };
    Column({ scale: 1 }, () => {
      if (options.title) {
        const title = options.title instanceof I18nText ? options.title.withPrefix("# ") : `<h1 style="text-align: center; margin-bottom: 1rem">${escapeHtml(options.title)}</h1>`;
        c.Markdown(title);
      }
      if (options.description) c.Markdown(options.description);
      if (options.saveHistory) {
        Row({ scale: 1 }, () => {
          Column({ scale: 1, minWidth: 100 }, () => {
            history = {
              newChat: c.Button("New chat", { variant: "primary", size: "md" }),
              list: Dataset({ components: ["textbox"], samples: [], label: "Chats", elemClasses: ["gr-chat-history"] }),
            };
          });
          Column({ scale: 6 }, chatArea);
        });
      } else {
        chatArea();
      }
    });
    // The stop button shows only while a generator runs.
    const originalStopBtn = textbox.props.stopBtn ?? false;
    const originalSubmitBtn = textbox.props.submitBtn ?? false;
    textbox.props.stopBtn = false;
    const fakeApiButton = c.Button("Fake API", { visible: false });
    const apiResponse = c.JSON({ label: "Response", visible: false });
    // The history as the chat function last saw it (the Chatbot shows the user's message before the reply).
    const chatbotState = State<ChatMessage[]>((chatbot.value as ChatMessage[] | null) ?? []);
    const savedInput = State<string | MultimodalValue>("");
    const nullComponent = State<unknown>(null);

    if (examplesHaveInputs) refuseExamplesWithInputs();

    const quiet = { apiName: false, queue: false, showProgress: "hidden" } as const;
    // saveHistory: every conversation in the browser's storage, newest first, listed beside the chat.
    // Kept under the app's own key (not Gradio's `_saved_conversations_<id>`): several apps may share one page's origin.
    const saved = options.saveHistory ? BrowserState<ChatMessage[][]>([]) : null;
    const conversationId = State<number | null>(null);
    const save = (dep: Dependency) => {
      if (saved) dep.then(saveConversation, [conversationId, chatbotState, saved], [conversationId, saved], quiet);
    };
    // A multimodal message shows each file as its own message, then its text (as Gradio does).
    const appendUser = (message: string | MultimodalValue, history: ChatMessage[]): ChatMessage[] => {
      if (typeof message === "string") return message === "" ? history : [...history, { role: "user", content: message }];
      const added: ChatMessage[] = (message?.files ?? []).map((file) => ({ role: "user", content: file }));
      if (message?.text) added.push({ role: "user", content: message.text });
      return [...history, ...added];
    };
    /** What the chat function receives for a text: a string, or `{ text, files }` when multimodal. */
    const asMessage = (text: string): string | MultimodalValue => (multimodal ? { text, files: [] } : text);
    // An example as the chat function receives it; its files were stored with the chatbot's props.
    const exampleMessage = (index: number): string | MultimodalValue => {
      const example = (chatbot.props.examples as ExampleMessage[] | undefined)?.[index] ?? examples[index];
      const text = example?.text ?? "";
      return multimodal ? { text, files: (example?.files ?? []).filter(isFileData) } : text;
    };
    const popLast = (history: ChatMessage[]) => (multimodal ? popLastUserMessage(history, true) : popLastUserMessage(history));
    // A rest-parameter handler gets the values only; ctx is its `this`.
    const chat = async function* (this: Context, message: unknown, history: ChatMessage[], ...rest: unknown[]) {
      // A copy, so the function appending to it leaves the conversation as it was.
      const result = invoke(fn, [message, [...history], ...rest], this);
      const withInput = appendUser(typeof message === "string" || multimodal ? (message as string | MultimodalValue) : String(message ?? ""), history);
      const split = (response: unknown): [unknown, unknown[]] =>
        additionalOutputs.length ? (Array.isArray(response) ? [response[0], response.slice(1)] : [response, []]) : [response, []];
      const emit = (response: unknown) => {
        const [reply, extra] = split(response);
        return [null, [...withInput, ...responseMessages(reply)], ...padTo(extra, additionalOutputs.length)];
      };
      if (isIterator(result)) {
        for await (const response of result as unknown as AsyncIterable<unknown>) yield emit(response);
      } else {
        yield emit(await result);
      }
    };
    const submitFn = {
      fn: chat,
      inputs: [savedInput, chatbotState, ...additionalInputs],
      outputs: [nullComponent, chatbot, ...additionalOutputs],
      apiName: false,
      concurrencyLimit,
      showProgress,
    } as const;
    const sync = { fn: (h: ChatMessage[]) => h, inputs: [chatbot], outputs: [chatbotState], ...quiet } as const;
    // The Chatbot may open with other messages than its own (a deep link's, ui/deep-link.ts): the history follows them.
    demo.load(sync.fn, sync.inputs, sync.outputs, quiet);
    const streaming = isGeneratorFunction(fn);
    const whileRunning = () => update({ submitBtn: false, stopBtn: originalStopBtn });
    const afterRun = () => update({ submitBtn: originalSubmitBtn, stopBtn: false, interactive: true });

    // Submit: clear the box at once, show the user's message, then run the function.
    const userSubmit = listen([[textbox, "submit"]], [
      (message: string | MultimodalValue) => [update({ value: multimodal ? null : "", interactive: false }), message],
      textbox,
      [textbox, savedInput],
      quiet,
    ]);
    if (streaming) userSubmit.success(whileRunning, null, textbox, quiet);
    const submitEvent = userSubmit.then(appendUser, [savedInput, chatbot], chatbot, quiet).then(submitFn);
    save(submitEvent.then(sync).then(afterRun, null, textbox, quiet));

    // The `/chat` endpoint: message and additional inputs in, the reply out; the history lives in the client's session.
    listen([[fakeApiButton, "click"]], [
      async function* (this: Context, message: unknown, history: ChatMessage[], ...rest: unknown[]) {
        const ctx = this;
        for await (const [, withReply, ...extra] of chat.call(ctx, message, history, ...rest)) {
          const replies = (withReply as ChatMessage[]).slice(history.length + 1);
          yield [replies.length === 1 ? replies[0].content : replies, withReply, ...extra];
        }
      },
      [textbox, chatbotState, ...additionalInputs],
      [apiResponse, chatbotState, ...additionalOutputs],
      { apiName: options.apiName ?? "chat", concurrencyLimit, showProgress: "hidden" },
    ]);

    // Retry: the last user message again, without the reply it had.
    const retryEvent = listen([[chatbot, "retry"]], [popLast, chatbotState, [chatbotState, savedInput], quiet])
      .then(appendUser, [savedInput, chatbotState], chatbot, quiet)
      .then(() => update({ interactive: false }), null, textbox, quiet)
      .then(submitFn);
    save(retryEvent.then(sync).then(afterRun, null, textbox, quiet));
    if (streaming) listen([[chatbot, "retry"]], [whileRunning, null, textbox, quiet]);

    // Undo: the last turn leaves the chat and its message goes back in the box.
    save(listen([[chatbot, "undo"]], [popLast, chatbot, [chatbot, textbox], quiet]).then(sync));

    // An option under the last reply: sent as the user's message.
    const optionEvent = listen([[chatbot, "optionSelect"]], [
      function (this: Context<SelectData>, history: ChatMessage[]) {
        const value = String(this.event.value);
        return [[...history, { role: "user", content: value }], asMessage(value)];
      },
      chatbot,
      [chatbot, savedInput],
      quiet,
    ]).then(submitFn);
    save(optionEvent.then(sync));

    // An example on the empty chat: run it (or, with runExamplesOnClick: false, put it in the box).
    const toRun: Dependency[] = [submitEvent, retryEvent, optionEvent];
    if (!examplesHaveInputs && examples.length) {
      if (options.cacheExamples) {
        // Cached examples: each reply is computed once per browser (at load when cacheMode is
        // "eager", the default; on first click when "lazy"), kept in IndexedDB, then shown at once.
        // The key names the function's source, so a changed function computes them anew.
        const version = hashText(fn.toString());
        const cache = BrowserState<CachedReplies>({ version, replies: {} });
        const current = (c: CachedReplies): Record<string, ChatMessage[]> => (c?.version === version ? c.replies : {});
        const replyTo = async function* (ctx: Context, index: number, extra: unknown[]) {
          const message = exampleMessage(index);
          const shown = appendUser(message, []).length;
          let replies: ChatMessage[] = [];
          for await (const [, withReply] of chat.call(ctx, message, [], ...extra)) {
            replies = (withReply as ChatMessage[]).slice(shown);
            yield replies;
          }
          return replies;
        };
        const exampleEvent = listen([[chatbot, "exampleSelect"]], [
          async function* (this: Context<SelectData>, stored: CachedReplies, ...extra: unknown[]) {
            const cached = current(stored);
            const index = Number(this.event.index);
            const message = exampleMessage(index);
            const user = appendUser(message, []);
            if (cached[index]) {
              // gr.skip(), not an update: a State output would take the update as its value (and lose the cache).
              yield [[...user, ...cached[index]], message, skip()];
              return;
            }
            let replies: ChatMessage[] = [];
            for await (const partial of replyTo(this, index, extra)) {
              replies = partial;
              yield [[...user, ...partial], message, skip()];
            }
            yield [[...user, ...replies], message, { version, replies: { ...cached, [index]: replies } }];
          },
          [cache, ...additionalInputs],
          [chatbot, savedInput, cache],
          { apiName: false, showProgress },
        ]);
        save(exampleEvent.then(sync));
        toRun.push(exampleEvent);
        if ((options.cacheMode ?? "eager") === "eager") {
          demo.load(
            async function* (this: Context, stored: CachedReplies, ...extra: unknown[]) {
              const cached = current(stored);
              const next = { ...cached };
              for (let index = 0; index < examples.length; index++) {
                if (next[index]) continue;
                let replies: ChatMessage[] = [];
                for await (const partial of replyTo(this, index, extra)) replies = partial;
                next[index] = replies;
              }
              if (Object.keys(next).length !== Object.keys(cached).length || stored?.version !== version) yield { version, replies: next };
            },
            [cache, ...additionalInputs],
            cache,
            { ...quiet, queue: true },
          );
        }
      } else if (options.runExamplesOnClick ?? true) {
        const exampleEvent = listen([[chatbot, "exampleSelect"]], [
          function (this: Context<SelectData>) {
            const message = exampleMessage(Number(this.event.index));
            return [appendUser(message, []), message];
          },
          null,
          [chatbot, savedInput],
          quiet,
        ])
          .then(streaming ? whileRunning : () => update({}), null, textbox, quiet)
          .then(submitFn);
        save(exampleEvent.then(sync).then(afterRun, null, textbox, quiet));
        toRun.push(exampleEvent);
      } else {
        listen([[chatbot, "exampleSelect"]], [
          function (this: Context<SelectData>) {
            return exampleMessage(Number(this.event.index));
          },
          null,
          textbox,
          quiet,
        ]);
      }
    }

    // Edit (editable: true): the chat is cut at the edited message, which runs again.
    if (options.editable) {
      chatbot.props.editable ??= "user";
      const editEvent = listen([[chatbot, "edit"]], [
        function (this: Context<EditData>, history: ChatMessage[]) {
          const index = Array.isArray(this.event.index) ? this.event.index[0] : this.event.index;
          const kept = history.slice(0, index);
          return [kept, kept, asMessage(String(this.event.value))];
        },
        chatbot,
        [chatbot, chatbotState, savedInput],
        quiet,
      ])
        .then(appendUser, [savedInput, chatbotState], chatbot, quiet)
        .success(() => update({ interactive: false }), null, textbox, quiet)
        .success(submitFn);
      save(editEvent.then(sync).then(afterRun, null, textbox, quiet));
      toRun.push(editEvent);
    }

    if (flagged) flagMessages(demo, chatbot, flagged, options);

    const cleared = listen([[chatbot, "clear"]], [sync.fn, sync.inputs, sync.outputs, quiet]);
    if (saved && history) {
      const { newChat, list } = history as { newChat: c.Button; list: Dataset };
      // Clearing the chat deletes it from the saved ones.
      cleared.then((index: number | null, all: ChatMessage[][]) => [null, index === null ? all : all.filter((_, i) => i !== index)], [conversationId, saved], [conversationId, saved], quiet);
      const showList = (all: ChatMessage[][]) => update({ samples: all.map((conversation) => [chatTitle(conversation)]) });
      listen([[saved, "change"]], [showList, saved, list, quiet]);
      demo.load(showList, saved, list, quiet);
      newChat.click(() => [null, []], null, [conversationId, chatbot], quiet).then(sync);
      list.click((index: number, all: ChatMessage[][]) => [index, all[index] ?? []], [list, saved], [conversationId, chatbot], quiet).then(sync);
    }

    // Stop: ends the running reply (its generator is closed, ctx.signal aborted).
    if (streaming) listen([[textbox, "stop"]], [null, null, null, { cancels: toRun, apiName: false }]);
  });
}

/**
 * The chat's height when it fills the page: the viewport less what sits
 * around it (title, description, the message box, the accordion, the footer),
 * so the conversation scrolls inside and the message box stays in view.
 */
function fillingHeight(options: RawOptions, accordion: boolean): string {
  const around = 190 + (options.title ? 72 : 0) + (options.description ? 48 : 0) + (accordion ? 56 : 0);
  return `max(320px, calc(100dvh - ${around}px))`;
}

/** A saved conversation is kept at `index`, or added first (Gradio's `_save_conversation`). */
function saveConversation(index: number | null, conversation: ChatMessage[], all: ChatMessage[][]): [number | null, ChatMessage[][]] {
  if (!conversation.length) return [index, all];
  const next = [...all];
  if (index !== null && index < next.length) next[index] = conversation;
  else {
    next.unshift(conversation);
    index = 0;
  }
  return [index, next];
}

/** A conversation's name in the list: its first user text, cut at 40 characters; files show as a clip. */
export function chatTitle(conversation: readonly ChatMessage[]): string {
  let title = "";
  for (const message of conversation) {
    if (message.role !== "user") continue;
    const parts = Array.isArray(message.content) ? message.content : [message.content];
    const text = parts.find((p): p is string => typeof p === "string");
    title += parts.filter((p) => typeof p !== "string").map(() => "📎 ").join("");
    if (text !== undefined) {
      title += text;
      break;
    }
  }
  return title.length > 40 ? `${title.slice(0, 40)}...` : title || "Conversation";
}

/** Cached example replies, by example index, for one version of the chat function. */
interface CachedReplies {
  version: string;
  replies: Record<string, ChatMessage[]>;
}

function padTo(values: unknown[], n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => (i < values.length ? values[i] : new Update({})));
}

function isGeneratorFunction(fn: AnyHandler): boolean {
  const tag = Object.prototype.toString.call(fn);
  return tag === "[object AsyncGeneratorFunction]" || tag === "[object GeneratorFunction]";
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The examples as the chatbot shows them on an empty chat. */
function exampleMessages(options: RawOptions): ExampleMessage[] {
  const list = options.examples ?? [];
  if (!Array.isArray(list)) throw new UsageError("ChatInterface examples must be a list");
  return list.map((example, i) => {
    const first = Array.isArray(example) ? example[0] : example;
    const message: ExampleMessage =
      typeof first === "string" ? { text: first } : first && typeof first === "object" ? { text: (first as { text?: string }).text ?? "", files: (first as { files?: FileLike[] }).files ?? [] } : { text: String(first ?? "") };
    if (options.exampleLabels?.[i] !== undefined) message.displayText = options.exampleLabels[i];
    if (options.exampleIcons?.[i] !== undefined) message.icon = options.exampleIcons[i];
    return message;
  });
}

/** Examples that also set additional inputs show as a table under the chat, with gr.Examples (not yet here). */
function refuseExamplesWithInputs(): never {
  throw new UsageError("gr.ChatInterface: examples that also set additional inputs need gr.Examples, which is not available in gradio-lite yet; give the examples as messages only");
}

/** `gr.ChatInterface({ fn, ...options })`, or as in Python `gr.ChatInterface(fn, options?)`. */
export function ChatInterface<const A extends Inputs = null, const O extends Outputs = null>(options: ChatInterfaceOptions<A, O>): BlocksClass;
export function ChatInterface<const A extends Inputs = null, const O extends Outputs = null>(
  fn: ChatFn<A, O extends null ? ChatResponse : readonly [ChatResponse, ...unknown[]]>,
  options?: Omit<ChatInterfaceOptions<A, O>, "fn">,
): BlocksClass;
export function ChatInterface(first: unknown, options?: object): BlocksClass {
  if (typeof first === "function") return makeChatInterface({ ...(options as ChatInterfaceSettings), fn: first as AnyHandler });
  return makeChatInterface(first as RawOptions);
}
