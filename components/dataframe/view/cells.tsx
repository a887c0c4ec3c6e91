// One row of the DataFrame and what each cell shows, by its column's
// datatype. A row re-renders only when its own data, selection or edit
// changes: a scroll re-renders just the rows that enter the window.

import { Component, type ComponentChildren } from "preact";
import { classes } from "../../../ui/frame.tsx";
import { useRich } from "../../../ui/rich/use-rich.ts";
import { cellText, safeImageUrl, truncate, type Cell, type Datatype } from "./table-math.ts";

/** What every row shares; one object per table render (rows compare it by identity). */
export interface RowShared {
  baseId: string;
  headers: string[];
  types: Datatype[];
  /** Left offset in px of each pinned column (undefined for the others). */
  pinnedLeft: Array<number | undefined>;
  editable: boolean[];
  maxChars: number | null;
  lineBreaks: boolean;
  wrap: boolean;
  rowNumbers: boolean;
  onCellClick(row: number, col: number, e: MouseEvent): void;
  onToggle(row: number, col: number, checked: boolean): void;
  onDraft(text: string): void;
  onEditKey(e: KeyboardEvent): void;
  onEditBlur(): void;
}

export interface RowProps {
  shared: RowShared;
  row: Cell[];
  /** The row's index in the table's data. */
  index: number;
  /** Its place in the shown order (0-based). */
  pos: number;
  /** Whether it is the last row shown (it draws no bottom border: the frame does). */
  last: boolean;
  /** Its top in px inside the body; null when rows flow (wrapped text, unvirtualized). */
  top: number | null;
  /** The active column when this row holds the active cell, else -1. */
  activeCol: number;
  /** The draft when a cell of this row is being edited. */
  editing: { col: number; draft: string; invalid: string | null } | null;
}

export const cellId = (baseId: string, row: number, col: number) => `${baseId}-r${row}c${col}`;

export class Row extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return p.row !== next.row || p.shared !== next.shared || p.pos !== next.pos || p.last !== next.last || p.activeCol !== next.activeCol || p.editing !== next.editing || p.index !== next.index || p.top !== next.top;
  }

  override render({ shared, row, index, pos, last, top, activeCol, editing }: RowProps) {
    return (
      <div role="row" aria-rowindex={pos + 2} class={classes("gr-df-row", pos % 2 === 1 && "gr-df-odd", last && "gr-df-last")} style={top === null ? undefined : { transform: `translateY(${top}px)` }}>
        {shared.rowNumbers && (
          <div role="rowheader" class="gr-df-rownum gr-df-pinned" style={{ left: 0 }}>
            {pos + 1}
          </div>
        )}
        {shared.headers.map((header, c) => {
          const active = activeCol === c;
          const left = shared.pinnedLeft[c];
          const edit = editing?.col === c ? editing : null;
          return (
            <div
              key={c}
              id={cellId(shared.baseId, index, c)}
              role="gridcell"
              aria-selected={active ? "true" : undefined}
              aria-readonly={shared.editable[c] ? undefined : "true"}
              class={classes(
                "gr-df-cell",
                `gr-df-${shared.types[c]}`,
                active && "gr-df-active",
                edit && "gr-df-editing",
                left !== undefined && "gr-df-pinned",
                left !== undefined && shared.pinnedLeft[c + 1] === undefined && "gr-df-pinned-last",
              )}
              style={left !== undefined ? { left: `${left}px` } : undefined}
              onClick={(e) => shared.onCellClick(index, c, e)}
            >
              {edit ? (
                <Editor shared={shared} header={header} pos={pos} edit={edit} />
              ) : (
                cellContent({ shared, cell: row[c] ?? null, type: shared.types[c]!, header, pos, col: c, index, active })
              )}
            </div>
          );
        })}
      </div>
    );
  }
}

function Editor({ shared, header, pos, edit }: { shared: RowShared; header: string; pos: number; edit: NonNullable<RowProps["editing"]> }) {
  return (
    <>
      <input
        class="gr-df-input"
        value={edit.draft}
        aria-label={`${header}, row ${pos + 1}`}
        aria-invalid={edit.invalid ? "true" : undefined}
        title={edit.invalid ?? undefined}
        ref={(el) => {
          if (el && document.activeElement !== el) {
            el.focus();
            el.setSelectionRange(el.value.length, el.value.length);
          }
        }}
        onInput={(e) => shared.onDraft((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => shared.onEditKey(e)}
        onBlur={() => shared.onEditBlur()}
      />
      {edit.invalid && <span class="gr-df-invalid" role="alert">{edit.invalid}</span>}
    </>
  );
}

interface ContentProps {
  shared: RowShared;
  cell: Cell;
  type: Datatype;
  header: string;
  pos: number;
  col: number;
  index: number;
  active: boolean;
}

/**
 * A cell's content. Called, not rendered as a component: a component per cell
 * (240 in a 24-row window of 10 columns) cost Preact an instance and a diff
 * each, on a first paint and on every scrolled frame.
 */
function cellContent({ shared, cell, type, header, pos, col, index, active }: ContentProps): ComponentChildren {
  if (type === "bool") {
    return (
      <input
        type="checkbox"
        class="gr-df-check"
        checked={cell === true}
        disabled={!shared.editable[col]}
        tabIndex={-1}
        aria-label={`${header}, row ${pos + 1}`}
        onChange={(e) => shared.onToggle(index, col, (e.currentTarget as HTMLInputElement).checked)}
      />
    );
  }
  const text = cellText(cell, type);
  if (type === "image") {
    const url = safeImageUrl(text);
    if (url) return <img class="gr-df-img" src={url} alt={`${header}, row ${pos + 1}`} loading="lazy" />;
  }
  if (type === "markdown" || type === "html") return <RichCell kind={type} text={text} lineBreaks={shared.lineBreaks} />;
  const shown = active ? text : truncate(text, shared.maxChars);
  return (
    <span class="gr-df-text" title={shown !== text || (!shared.wrap && text.length > 40) ? text : undefined}>
      {shown}
    </span>
  );
}

function RichCell({ kind, text, lineBreaks }: { kind: "markdown" | "html"; text: string; lineBreaks: boolean }) {
  const html = useRich(kind, text, { lineBreaks });
  if (html === null) return <span class="gr-df-text">{text}</span>;
  return <div class="gr-df-rich gr-prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
