import { useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes, useControlId } from "../../frame.tsx";
import { clearFiles, formatSize, uploadInto } from "../../upload.ts";
import type { ViewProps } from "../../view-types.ts";
import mediaCss from "./style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("media", mediaCss);

export function FileView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const multiple = props.fileCount === "multiple" || props.fileCount === "directory";
  const value = block.value.value as FileData | FileData[] | null;
  const files = (Array.isArray(value) ? value : value ? [value] : []).filter(Boolean);
  const accept = Array.isArray(props.fileTypes) ? (props.fileTypes as string[]).join(",") : undefined;
  return (
    <Frame block={block} kind="file">
      <BlockLabel block={block} htmlFor={props.interactive ? id : undefined} as={props.interactive ? "label" : "span"} />
      {files.length > 0 && (
        <ul class="gr-file-list">
          {files.map((f) => (
            <li key={f.path}>
              <a href={f.url} download={f.origName}>
                {f.origName}
              </a>
              <span class="gr-file-size">{formatSize(f.size)}</span>
            </li>
          ))}
        </ul>
      )}
      {props.interactive && (
        <DropZone id={id} accept={accept} multiple={multiple} onFiles={(list) => void uploadInto(session, block, list, multiple)}>
          {multiple || !files.length ? "Drop files here, or click to choose" : "Drop a file here, or click to replace"}
        </DropZone>
      )}
      {props.interactive && files.length > 0 && (
        <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-clear" onClick={() => clearFiles(session, block, multiple)}>
          Clear
        </button>
      )}
      {!props.interactive && !files.length && <span class="gr-empty">No file</span>}
    </Frame>
  );
}

/** A native file input, plus drag and drop: keyboard and screen readers get the input. */
export function DropZone(props: { id: string; accept?: string; multiple: boolean; onFiles: (files: File[]) => void; children: preact.ComponentChildren }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={classes("gr-dropzone", over && "gr-dropzone-over")}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        props.onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <input
        id={props.id}
        type="file"
        class="gr-file-input"
        accept={props.accept}
        multiple={props.multiple}
        onChange={(e) => {
          const input = e.currentTarget;
          props.onFiles([...(input.files ?? [])]);
          input.value = "";
        }}
      />
      <span class="gr-dropzone-text" aria-hidden="true">
        {props.children}
      </span>
    </div>
  );
}
