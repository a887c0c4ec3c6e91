// gr.DeepLinkButton: Gradio's button look; a click fires `click` and copies
// the link that reopens the app with its current values (ui/deep-link.ts),
// then shows `copiedValue` for a second, as Gradio's does.

import { useState } from "preact/hooks";
import { Frame, classes, elemIdentity } from "../../../ui/frame.tsx";
import { deepLinkOf } from "../../../ui/deep-link.ts";
import type { ViewProps } from "../../../ui/view-types.ts";

const COPIED_FOR_MS = 1000;

export function DeepLinkButtonView({ block, session }: ViewProps) {
  const props = block.props.value;
  const identity = elemIdentity(block);
  const [copied, setCopied] = useState(false);
  const share = async () => {
    session.dispatch(block.config.id, "click");
    let link: string;
    try {
      link = await deepLinkOf(session, session.appKey);
    } catch (error) {
      return session.store.toast("error", error instanceof Error ? error.message : String(error), "Not copied");
    }
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // No clipboard (an insecure page, a denied permission): the link is shown to copy by hand.
      return session.store.toast("warning", link, "Copy this link");
    }
    setCopied(true);
    setTimeout(() => setCopied(false), COPIED_FOR_MS);
  };
  return (
    <Frame block={block} kind="button-block" bare idOnControl>
      <button
        type="button"
        id={identity.id}
        class={classes("gr-button", `gr-button-${(props.variant as string | undefined) ?? "secondary"}`, `gr-button-${(props.size as string | undefined) ?? "lg"}`, identity.classes)}
        disabled={props.interactive === false}
        onClick={() => void share()}
      >
        <span aria-live="polite">{copied ? String(props.copiedValue ?? "Link Copied!") : String(block.value.value ?? "")}</span>
      </button>
    </Frame>
  );
}
