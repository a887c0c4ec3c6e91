// The rows an Interface flagged in this browser (components/flagged-rows/flagged-rows.ts): a
// "Flagged (n)" button under the Flag buttons opens them in a dialog, as a
// read-only gr.DataFrame, with the CSV Gradio would write and a zip of the
// CSV and the flagged files. Loaded once there is a row to show.

import { signal } from "@preact/signals";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { FlaggedDataset } from "../../../worker/protocol.ts";
import { folderOf, toCsv } from "../../../src/flag-cells.ts";
import { Frame, classes, elemIdentity, useControlId } from "../../../ui/frame.tsx";
import { lazy } from "../../../ui/lazy.ts";
import type { AppSession } from "../../../ui/session.ts";
import type { BlockState } from "../../../ui/store.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import css from "./style.css?inline";

addStyles("flagged-rows", css);

// The table is gr.DataFrame's own view, loaded when the dialog first opens.
const DataFrameView = lazy(() => import("../../dataframe/view/index.tsx").then((m) => m.DataFrameView));

/** Saves a Blob made here as a file. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name, rel: "noopener" });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What gr.DataFrame's view reads: a block of its own, never an app's (its id is no listener's). */
function tableBlock(data: FlaggedDataset): BlockState {
  const headers = data.headers.length ? data.headers : (data.rows[0] ?? []).map((_, i) => `column ${i + 1}`);
  return {
    config: { id: -1, type: "dataframe", props: {}, interactive: false },
    value: signal({ headers, data: data.rows }),
    props: signal({ interactive: false, showLabel: false, showRowNumbers: true, showSearch: "search", maxHeight: 360, maxChars: 80 }),
    status: signal(null),
    update: signal(null),
  };
}

export function FlaggedRowsView({ block, session }: ViewProps) {
  const data = block.value.value as FlaggedDataset | null;
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const count = data?.rows.length ?? 0;
  const identity = elemIdentity(block);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <Frame block={block} kind="flagged-rows" bare idOnControl>
      <div class="gr-flagged-bar">
        <button
          ref={opener}
          type="button"
          id={identity.id}
          class={classes("gr-button", "gr-button-secondary", "gr-button-sm", "gr-flagged-open", identity.classes)}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          Flagged ({count})
        </button>
      </div>
      {open && data && <FlaggedDialog data={data} session={session} onClose={close} />}
    </Frame>
  );
}

interface DialogProps {
  data: FlaggedDataset;
  session: AppSession;
  onClose: () => void;
}

function FlaggedDialog({ data, session, onClose }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [zipping, setZipping] = useState(false);
  const table = useMemo(() => tableBlock(data), []);
  // New rows (a flag while the dialog is open) show at once.
  useEffect(() => void (table.value.value = tableBlock(data).value.value), [data]);
  useEffect(() => dialog.current?.showModal?.(), []);
  const folder = folderOf(data.dir);
  const titleId = `${useControlId()}-title`;
  const downloadZip = async () => {
    setZipping(true);
    try {
      save(await (await import("./flagged-zip.ts")).flaggedZip(data), `${folder}.zip`);
    } catch (error) {
      session.store.toast("error", error instanceof Error ? error.message : String(error), "Download failed");
    } finally {
      setZipping(false);
    }
  };
  const fileCount = Object.keys(data.files).length;
  return (
    // Closed by the browser (Escape) or its button: its close event then ends it, once it no longer holds focus.
    <dialog ref={dialog} class="gr-flagged-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div class="gr-flagged-head">
        <h2 id={titleId}>
          Flagged <span class="gr-flagged-file">{`${folder}/${data.file}`}</span>
        </h2>
        <button type="button" class="gr-flagged-close" aria-label="Close the flagged rows" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </div>
      <p class="gr-flagged-note">
        {data.rows.length} {data.rows.length === 1 ? "row" : "rows"}
        {fileCount ? `, ${fileCount} ${fileCount === 1 ? "file" : "files"}` : ""}, kept in this browser.
      </p>
      <DataFrameView block={table} session={session} node={{ id: -1 }} />
      <div class="gr-flagged-actions">
        <button type="button" class="gr-button gr-button-secondary gr-button-lg" onClick={() => save(new Blob([toCsv(data.headers, data.rows)], { type: "text/csv" }), data.file)}>
          Download CSV
        </button>
        <button type="button" class="gr-button gr-button-primary gr-button-lg" disabled={zipping} onClick={() => void downloadZip()}>
          {zipping ? "Zipping…" : "Download zip"}
        </button>
      </div>
    </dialog>
  );
}
