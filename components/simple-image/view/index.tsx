// gr.SimpleImage: gr.Image without the webcam, the clipboard or editing: drop
// or choose one image; interactive, a Clear button empties it.

import { useRef } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, useControlId } from "../../../ui/frame.tsx";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { addStyles } from "../../../ui/styles.ts";
import { clearFiles, uploadInto } from "../../../ui/upload.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { MediaButtons } from "../../image/view/buttons.tsx";
import { ImageDrop, NoImage } from "../../image/view/image-drop.tsx";
import mediaCss from "../../file/view/style.css?inline";

addStyles("media", mediaCss);

export function SimpleImageView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = block.value.value as FileData | null;
  const url = mediaUrl(value?.url);
  const frame = useRef<HTMLDivElement>(null);
  const interactive = !!props.interactive;
  const label = typeof props.label === "string" ? props.label : "Image";
  return (
    <Frame block={block} kind="image">
      <BlockLabel block={block} htmlFor={interactive && !value ? id : undefined} as={interactive && !value ? "label" : "span"} />
      <div ref={frame} class="gr-image-frame">
        {value ? (
          <>
            {url && <img class="gr-image-img" src={url} alt={label} />}
            <MediaButtons what="image" file={url ? { url, name: value.origName || "image" } : null} onClear={interactive ? () => clearFiles(session, block, false) : undefined} />
          </>
        ) : interactive ? (
          <ImageDrop id={id} onFiles={(files) => void uploadInto(session, block, files, false)} />
        ) : (
          <NoImage />
        )}
      </div>
    </Frame>
  );
}
