// The DataFrame's toolbar (search, add column, copy, fullscreen), its header
// row (sort buttons, filter buttons, a static column's lock) and the canvas
// that measures text for column widths.

import { classes } from "../../../ui/frame.tsx";
import { CheckIcon, CopyIcon, ExpandIcon, FilterIcon, LockIcon, PlusIcon, ShrinkIcon, SortIcon } from "./icons.tsx";
import type { Measure, Sort } from "./table-math.ts";

let canvas: CanvasRenderingContext2D | null | undefined;
/** Text widths from a canvas in the table's font (what the cells show), for column widths. */
export function textMeasure(filter: boolean): Measure | undefined {
  canvas ??= typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  const ctx = canvas;
  if (!ctx) return undefined;
  const family = getComputedStyle(document.querySelector(".gradio-container") ?? document.body).fontFamily;
  // Setting `font` parses it: only when it changes (measuring 2,000 cells would otherwise cost 30 ms).
  let current = "";
  const width = (font: string) => (text: string) => {
    if (current !== font) ctx.font = current = font;
    return ctx.measureText(text).width;
  };
  // The sort icon and gap (17px), and the filter button (26px) in filter mode.
  return { cell: width(`14px ${family}`), header: width(`600 14px ${family}`), headerExtra: 17 + (filter ? 26 : 0) + 4 };
}

interface HeaderRowProps {
  headers: string[];
  rowNumbers: boolean;
  pinnedLeft: Array<number | undefined>;
  /** Per column: a static column of an interactive table. */
  locked: boolean[];
  sort: Sort | null;
  onSort(col: number): void;
  filterMode: boolean;
  /** The columns that have a filter. */
  filtered: number[];
  onFilter(col: number): void;
}

export function HeaderRow({ headers, rowNumbers, pinnedLeft, locked, sort, onSort, filterMode, filtered, onFilter }: HeaderRowProps) {
  return (
    <div role="rowgroup" class="gr-df-head">
      <div role="row" aria-rowindex={1} class="gr-df-head-row">
        {rowNumbers && (
          <div role="columnheader" class="gr-df-th gr-df-rownum gr-df-pinned" style={{ left: 0 }} aria-label="Row number">
            #
          </div>
        )}
        {headers.map((h, c) => {
          const dir = sort?.col === c ? sort.dir : null;
          const left = pinnedLeft[c];
          const isFiltered = filtered.includes(c);
          return (
            <div
              key={c}
              role="columnheader"
              aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
              class={classes("gr-df-th", left !== undefined && "gr-df-pinned", left !== undefined && pinnedLeft[c + 1] === undefined && "gr-df-pinned-last")}
              style={left !== undefined ? { left: `${left}px` } : undefined}
            >
              <button type="button" class="gr-df-sort" title={`Sort by ${h}`} onClick={() => onSort(c)}>
                <span class="gr-df-th-text">{h}</span>
                {locked[c] && (
                  <span title="Not editable">
                    <LockIcon />
                    <span class="gr-visually-hidden">(not editable)</span>
                  </span>
                )}
                <SortIcon dir={dir} />
              </button>
              {filterMode && (
                <button
                  type="button"
                  class={classes("gr-df-filter-btn", isFiltered && "gr-df-filtered")}
                  aria-label={`Filter ${h}`}
                  aria-pressed={isFiltered ? "true" : "false"}
                  onClick={() => onFilter(c)}
                >
                  <FilterIcon />
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface ToolbarProps {
  /** The search box's text; null: no search box. */
  query: string | null;
  onQuery(query: string): void;
  /** null: no Add column button. */
  onAddColumn: (() => void) | null;
  /** Whether the table was just copied; null: no copy button. */
  copied: boolean | null;
  onCopy(): void;
  /** Whether the table fills the window; null: no fullscreen button. */
  fullscreen: boolean | null;
  onFullscreen(): void;
}

export function Toolbar({ query, onQuery, onAddColumn, copied, onCopy, fullscreen, onFullscreen }: ToolbarProps) {
  return (
    <div class="gr-df-toolbar" role="toolbar" aria-label="Table tools">
      {query !== null && (
        <input
          type="search"
          class="gr-df-search"
          placeholder="Search…"
          aria-label="Search the table"
          value={query}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      )}
      {onAddColumn && (
        <button type="button" class="gr-df-tool" aria-label="Add column" title="Add column" onClick={onAddColumn}>
          <PlusIcon />
        </button>
      )}
      {copied !== null && (
        <button type="button" class="gr-df-tool" aria-label={copied ? "Copied" : "Copy table"} title="Copy table" onClick={onCopy}>
          {copied ? <CheckIcon /> : <CopyIcon />}
        </button>
      )}
      {fullscreen !== null && (
        <button
          type="button"
          class="gr-df-tool"
          aria-label={fullscreen ? "Exit fullscreen" : "Fullscreen"}
          title={fullscreen ? "Exit fullscreen" : "Fullscreen"}
          onClick={onFullscreen}
        >
          {fullscreen ? <ShrinkIcon /> : <ExpandIcon />}
        </button>
      )}
    </div>
  );
}
