import { useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes, useControlId } from "../../../ui/frame.tsx";
import { clearFiles, formatSize, uploadInto } from "../../../ui/upload.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import mediaCss from "./style.css?inline";
import { addStyles } from "../../../ui/styles.ts";
import { useDownloadUrl } from "../../../ui/safe-url.ts";
import { FileIcon } from "../../../ui/parts/icons.tsx";
import { EmptyMedia, MediaButtons } from "../../image/view/buttons.tsx";

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
            <FileRow key={f.path} file={f} />
          ))}
        </ul>
      )}
      {props.interactive && (
        <DropZone id={id} accept={accept} multiple={multiple} onFiles={(list) => void uploadInto(session, block, list, multiple)}>
          {multiple || !files.length ? "Drop files here, or click to choose" : "Drop a file here, or click to replace"}
        </DropZone>
      )}
      {props.interactive && files.length > 0 && <MediaButtons what={multiple ? "files" : "file"} onClear={() => clearFiles(session, block, multiple)} />}
      {!props.interactive && !files.length && (
        <EmptyMedia>
          <FileIcon size={28} />
        </EmptyMedia>
      )}
    </Frame>
  );
}

/** A file's download link: its bytes as application/octet-stream, so an HTML file never opens as a page of the app. */
function FileRow({ file }: { file: FileData }) {
  const href = useDownloadUrl(file.url);
  const name = file.origName || file.path.split("/").pop() || "file";
  return (
    <li>
      <a href={href} download={href ? name : undefined}>
        {name}
      </a>
      <span class="gr-file-size">{formatSize(file.size)}</span>
    </li>
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
