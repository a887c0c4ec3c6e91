// A ChatInterface's flaggingMode "manual", as Gradio wires it: the Chatbot
// shows the flagging options as its feedback buttons, and each like, dislike
// or other option is saved with the conversation (Gradio's ChatCSVLogger),
// here in this browser. The rows' control (components/flagged-rows/flagged-rows.ts) shows them.

import type { Blocks } from "./blocks.ts";
import type { Chatbot, ChatMessage } from "../components/chatbot/chatbot.ts";
import { GradioError } from "./errors.ts";
import type { LikeData } from "./event-data.ts";
import type { FlaggedRows } from "../components/flagged-rows/flagged-rows.ts";
import { ChatCSVLogger, DEFAULT_FLAGGING_DIR } from "./flagging.ts";
import type { Context } from "./handler.ts";
import { update } from "./updates.ts";

export function flagMessages(demo: Blocks, chatbot: Chatbot, rows: FlaggedRows, options: { flaggingOptions?: readonly string[] | null; flaggingDir?: string }): void {
  chatbot.props.feedbackOptions = [...(options.flaggingOptions ?? ["Like", "Dislike"])];
  const logger = new ChatCSVLogger();
  logger.setup([], options.flaggingDir ?? DEFAULT_FLAGGING_DIR);
  const quiet = { apiName: false, queue: false, showProgress: "hidden" } as const;
  const shown = async () => {
    const data = await logger.dataset();
    return update({ value: data, visible: !!data?.rows.length });
  };
  demo.load(shown, null, rows, quiet);
  chatbot.like(
    async function (this: Context<LikeData>, messages: ChatMessage[]) {
      try {
        await logger.flag(this.event, messages);
      } catch (error) {
        // The store's own failure (storage full) says what to do; the rows already kept stay.
        throw new GradioError(error instanceof Error ? error.message : String(error), { title: "Not flagged" });
      }
      return shown();
    },
    chatbot,
    rows,
    quiet,
  );
}
