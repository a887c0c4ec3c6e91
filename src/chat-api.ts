// gr.Chatbot, gr.ChatInterface and gr.ChatMessage: loaded into an app's
// worker only when its code names them (worker/lazy-api.ts).
export {
  Chatbot,
  ChatMessage,
  type ChatbotOwnOptions,
  type ChatOption,
  type ChatRole,
  type ComponentMessage,
  type ExampleMessage,
  type LatexDelimiter,
  type MessageLike,
  type MessageMetadata,
  type MessagePart,
  type MessagePartLike,
} from "../components/chatbot/chatbot.ts";
export { ChatInterface, type ChatFn, type ChatInterfaceOptions, type ChatInterfaceSettings, type ChatResponse } from "./chat-interface.ts";
export { MultimodalTextbox, type MultimodalFileLike, type MultimodalSource, type MultimodalTextboxEvent, type MultimodalTextboxOptions, type MultimodalTextboxOwnOptions, type MultimodalValue, type MultimodalValueLike } from "../components/multimodal-textbox/multimodal-textbox.ts";
