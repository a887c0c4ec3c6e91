// gr.ImageEditor's view, loaded with the first editor an app shows. As an
// output that is not interactive it shows the composite, as Gradio's does;
// otherwise the editor (editor.tsx).

import { useRef } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame } from "../../../ui/frame.tsx";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { MediaButtons } from "../../image/view/buttons.tsx";
import { NoImage } from "../../image/view/image-drop.tsx";
import mediaCss from "../../file/view/style.css?inline";
import css from "./style.css?inline";
import { Editor } from "./editor.tsx";
import type { EditorData } from "./value.ts";

addStyles("media", mediaCss);
addStyles("imageeditor", css);

export function ImageEditorView({ block, session }: ViewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const props = block.props.value;
  if (props.interactive) {
    return (
      <Frame block={block} kind="imageeditor">
        <BlockLabel block={block} as="span" />
        <div ref={frame} class="gr-editor-frame">
          <Editor block={block} session={session} frame={frame} />
        </div>
      </Frame>
    );
  }
  const value = block.value.value as EditorData | null;
  const shown: FileData | null = value?.composite ?? value?.background ?? null;
  const url = mediaUrl(shown?.url);
  const label = typeof props.label === "string" && props.label ? props.label : "Image";
  return (
    <Frame block={block} kind="imageeditor">
      <BlockLabel block={block} as="span" />
      <div ref={frame} class="gr-image-frame">
        {url ? (
          <>
            <img class="gr-image-img" src={url} alt={label} />
            <MediaButtons what="image" file={{ url, name: shown!.origName || "image.png" }} fullscreen={frame} />
          </>
        ) : (
          <NoImage />
        )}
      </div>
    </Frame>
  );
}
