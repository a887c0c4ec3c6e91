// gr.DataFrame's view: our own virtualized table (only the rows in view are
// in the DOM, so 100k rows paint as fast as 10), sorted by a header click,
// searched and filtered from the toolbar, edited in place with the keyboard
// when interactive. Pure logic lives in table-math.ts; rows in cells.tsx.

import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { ComponentConfig } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes, useControlId } from "../../../ui/frame.tsx";
import { loadRenderer } from "../../../ui/rich/use-rich.ts";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import proseCss from "../../markdown/view/style.css?inline";
import { Row, cellId, type RowShared } from "./cells.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { HeaderRow, Toolbar, textMeasure } from "./header.tsx";
import { PlusIcon } from "./icons.tsx";
import css from "./style.css?inline";
import {
  cellText,
  columnWidths,
  datatypeAt,
  nextSort,
  parseCell,
  scrollToRow,
  toTsv,
  virtualWindow,
  visibleRows,
  withCell,
  withColumn,
  withRow,
  type Cell,
  type ColumnFilter,
  type Sort,
  type Table,
} from "./table-math.ts";

addStyles("prose", proseCss);
addStyles("dataframe", css);

/** Row height in px; style.css sets the same on every cell. */
export const ROW_HEIGHT = 35;
const HEADER_HEIGHT = 38;
/** The row numbers' column: wide enough for the longest number (about 8 px a digit at 14 px, and its padding). */
const rownumWidth = (rows: number) => Math.max(52, 20 + 8 * String(rows).length);
/** With `wrap`, rows take the height their text needs; up to this many render without the window. */
const WRAP_UNVIRTUALIZED = 2000;

const cssSize = (v: unknown, fallback: string) => (typeof v === "number" ? `${v}px` : typeof v === "string" && v ? v : fallback);

interface Editing {
  row: number;
  col: number;
  draft: string;
  previous: Cell;
  invalid: string | null;
}

export function DataFrameView({ block, session }: ViewProps) {
  const props = block.props.value;
  const id = block.config.id;
  const baseId = useControlId();
  // A long table's first rows, shown while the whole table crosses (worker/outputs.ts previews): read-only meanwhile.
  const preview = block.status.value?.preview as (Table & { total: number; error?: undefined }) | undefined;
  const raw = preview ?? (block.value.value as (Table & { error?: string }) | null);
  const table: Table = raw && Array.isArray(raw.headers) && Array.isArray(raw.data) ? raw : { headers: [], data: [] };
  const { headers, data } = table;
  const interactive = props.interactive === true && !preview;
  const datatype = props.datatype;
  const statics = new Set((props.staticColumns as number[] | null) ?? []);
  const rowDynamic = interactive && Array.isArray(props.rowCount) && props.rowCount[1] === "dynamic";
  const colDynamic = interactive && Array.isArray(props.colCount) && props.colCount[1] === "dynamic" && !statics.size;
  const showSearch = props.showSearch === "search" || props.showSearch === "filter";
  const label = typeof props.label === "string" && props.label ? props.label : null;

  const [sort, setSort] = useState<Sort | null>(null);
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<ColumnFilter[]>([]);
  const [filterCol, setFilterCol] = useState<number | null>(null);
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The edit as of now, not as of the last render: a blur that follows Escape
  // or Enter in the same task must see that the edit has ended.
  const editRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editRef.current = next;
    setEditingState(next);
  };
  const [fullscreen, setFullscreen] = useState(false);
  const [copied, setCopied] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const maxHeight = cssSize(props.maxHeight, "500px");
  const [viewport, setViewport] = useState(() => (typeof props.maxHeight === "number" ? props.maxHeight : 500));

  const order = useMemo(() => visibleRows(table, { query, filters, sort, datatype }), [data, query, filters, sort, datatype]);
  const filterMode = props.showSearch === "filter";
  const widths = useMemo(
    () => columnWidths(table, props.columnWidths as string[] | null, datatype, textMeasure(filterMode)),
    [headers, data.length === 0, props.columnWidths, datatype, filterMode],
  );
  const px = widths.map((w) => (w.endsWith("px") ? parseFloat(w) : null));
  const pinned = Math.min(typeof props.pinnedColumns === "number" ? props.pinnedColumns : 0, headers.length);
  const rowNumbers = props.showRowNumbers === true;
  const rownumPx = rownumWidth(Math.max(data.length, preview?.total ?? 0));

  const shared = useRef<RowShared | null>(null);
  const handlers = useRef({} as Pick<RowShared, "onCellClick" | "onToggle" | "onDraft" | "onEditKey" | "onEditBlur">);
  const sharedDeps = [baseId, headers, datatype, widths.join(), pinned, interactive, props.maxChars, props.lineBreaks, props.wrap, rowNumbers, rownumPx, props.staticColumns];
  const sharedKey = useRef<unknown[]>([]);
  if (!shared.current || sharedDeps.some((d, i) => d !== sharedKey.current[i])) {
    sharedKey.current = sharedDeps;
    const pinnedLeft: Array<number | undefined> = [];
    let left = rowNumbers ? rownumPx : 0;
    for (let c = 0; c < pinned; c++) {
      pinnedLeft[c] = left;
      left += px[c] ?? 120;
    }
    shared.current = {
      baseId,
      headers,
      types: headers.map((_, c) => datatypeAt(datatype, c)),
      pinnedLeft,
      editable: headers.map((_, c) => interactive && !statics.has(c)),
      maxChars: typeof props.maxChars === "number" ? props.maxChars : null,
      lineBreaks: props.lineBreaks !== false,
      wrap: props.wrap === true,
      rowNumbers,
      onCellClick: (r, c, e) => handlers.current.onCellClick(r, c, e),
      onToggle: (r, c, v) => handlers.current.onToggle(r, c, v),
      onDraft: (t) => handlers.current.onDraft(t),
      onEditKey: (e) => handlers.current.onEditKey(e),
      onEditBlur: () => handlers.current.onEditBlur(),
    };
  }
  const rowShared = shared.current;

  // ── values and events ──
  const commit = (next: Table) => session.userInput(id, next);
  const select = (row: number, col: number) => {
    setActive({ row, col });
    if (!session.listens(id, "select")) return;
    const cells = data[row] ?? [];
    session.dispatch(id, "select", { index: [row, col], value: cells[col] ?? null, rowValue: [...cells], colValue: data.map((r) => r[col] ?? null), selected: true });
  };
  const startEdit = (row: number, col: number, draft?: string) => {
    if (!rowShared.editable[col] || rowShared.types[col] === "bool") return;
    const previous = data[row]?.[col] ?? null;
    setEditing({ row, col, previous, draft: draft ?? cellText(previous, rowShared.types[col]), invalid: null });
  };
  const setCell = (row: number, col: number, cell: Cell) => {
    const previous = data[row]?.[col] ?? null;
    if (previous === cell) return;
    commit(withCell(table, row, col, cell));
    session.dispatch(id, "edit", { index: [row, col], value: cell, previousValue: previous });
  };
  /** Ends an edit; false when the text does not fit the column (the edit stays open). */
  const finishEdit = (keep: boolean): boolean => {
    const editing = editRef.current;
    if (!editing) return true;
    if (keep) {
      const parsed = parseCell(editing.draft, rowShared.types[editing.col]!);
      if (!parsed.ok) {
        setEditing({ ...editing, invalid: parsed.message });
        return false;
      }
      setCell(editing.row, editing.col, parsed.cell);
    }
    setEditing(null);
    grid.current?.focus({ preventScroll: true });
    return true;
  };

  // ── moving around ──
  const posOf = (row: number) => order.indexOf(row);
  const moveTo = (pos: number, col: number) => {
    if (!order.length || !headers.length) return;
    const p = Math.max(0, Math.min(order.length - 1, pos));
    const c = Math.max(0, Math.min(headers.length - 1, col));
    const el = scroller.current;
    if (el && !unvirtualized) {
      const top = scrollToRow(p, el.scrollTop, el.clientHeight, ROW_HEIGHT, HEADER_HEIGHT);
      if (top !== el.scrollTop) {
        el.scrollTop = top;
        setScrollTop(top);
      }
    }
    select(order[p]!, c);
  };
  const onGridKey = (e: KeyboardEvent) => {
    if (e.target !== grid.current) return;
    const pos = active ? posOf(active.row) : -1;
    const col = active?.col ?? 0;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const mod = e.ctrlKey || e.metaKey;
    const moves: Record<string, () => void> = {
      ArrowDown: () => moveTo(pos + 1, col),
      ArrowUp: () => moveTo(pos - 1, col),
      ArrowRight: () => moveTo(Math.max(pos, 0), active ? col + 1 : 0),
      ArrowLeft: () => moveTo(Math.max(pos, 0), col - 1),
      PageDown: () => moveTo(pos + page, col),
      PageUp: () => moveTo(pos - page, col),
      Home: () => (mod ? moveTo(0, 0) : moveTo(Math.max(pos, 0), 0)),
      End: () => (mod ? moveTo(order.length - 1, headers.length - 1) : moveTo(Math.max(pos, 0), headers.length - 1)),
    };
    if (moves[e.key]) {
      e.preventDefault();
      moves[e.key]!();
      return;
    }
    if (!active) return;
    const type = rowShared.types[active.col];
    const editable = rowShared.editable[active.col];
    if (mod && e.key.toLowerCase() === "c") {
      e.preventDefault();
      void navigator.clipboard?.writeText(cellText(data[active.row]?.[active.col] ?? null, type)).catch(() => {});
    } else if ((e.key === "Enter" || e.key === "F2" || (e.key === " " && type === "bool")) && editable) {
      e.preventDefault();
      if (type === "bool") setCell(active.row, active.col, data[active.row]?.[active.col] !== true);
      else startEdit(active.row, active.col);
    } else if ((e.key === "Delete" || e.key === "Backspace") && editable) {
      e.preventDefault();
      setCell(active.row, active.col, type === "bool" ? false : null);
    } else if (e.key.length === 1 && !mod && !e.altKey && editable && type !== "bool") {
      // Typing on a cell replaces its text, as in a spreadsheet.
      e.preventDefault();
      startEdit(active.row, active.col, e.key);
    }
  };
  handlers.current = {
    onCellClick: (row, col, e) => {
      const edit = editRef.current;
      if (edit && (edit.row !== row || edit.col !== col) && !finishEdit(true)) return;
      if ((e.target as HTMLElement).closest("a, input")) {
        setActive({ row, col });
        return;
      }
      if (active?.row === row && active.col === col && !editing) startEdit(row, col);
      else select(row, col);
      grid.current?.focus({ preventScroll: true });
    },
    onToggle: (row, col, checked) => {
      select(row, col);
      setCell(row, col, checked);
    },
    onDraft: (draft) => editRef.current && setEditing({ ...editRef.current, draft, invalid: null }),
    onEditKey: (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        finishEdit(true);
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        finishEdit(false);
      } else if (e.key === "Tab" && editRef.current) {
        e.preventDefault();
        const { row, col } = editRef.current;
        if (finishEdit(true)) {
          const pos = posOf(row);
          const next = col + (e.shiftKey ? -1 : 1);
          if (next >= headers.length) moveTo(pos + 1, 0);
          else if (next < 0) moveTo(pos - 1, headers.length - 1);
          else moveTo(pos, next);
        }
      }
    },
    onEditBlur: () => {
      // Focus left the table (a click elsewhere): keep what was typed if it fits.
      if (editRef.current) finishEdit(true);
    },
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (!session.listens(id, "keyUp")) return;
    const inputValue = editing ? editing.draft : active ? cellText(data[active.row]?.[active.col] ?? null) : "";
    session.dispatch(id, "keyUp", { key: e.key, inputValue });
  };

  // ── the window ──
  const unvirtualized = props.wrap === true && order.length <= WRAP_UNVIRTUALIZED;
  // At least maxHeight's worth of rows: a table that grows from empty to full (its scroller from the header's
  // height to maxHeight) then renders its rows once, not a sliver and then again when the resize is observed.
  const rowsHigh = Math.max(viewport, typeof props.maxHeight === "number" ? props.maxHeight : 500);
  // A preview (the first look at a long table) renders just the rows that show: its first paint was
  // mostly styling and laying out rows, and the overscan for fast scrolling comes with the whole table.
  const win = unvirtualized ? { start: 0, end: order.length, before: 0, after: 0 } : virtualWindow(scrollTop, rowsHigh, ROW_HEIGHT, order.length, preview ? 0 : undefined);
  const frame = useRef(0);
  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const el = scroller.current;
      if (el) setScrollTop(el.scrollTop);
    });
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || viewport));
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [raw?.error === undefined]);
  // Keeps the active cell in view sideways (pinned columns stay put over the others).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !active || rowShared.pinnedLeft[active.col] !== undefined) return;
    const td = document.getElementById(cellId(baseId, active.row, active.col));
    if (!td) return;
    const pinnedWidth = (rowNumbers ? rownumPx : 0) + px.slice(0, pinned).reduce<number>((s, w) => s + (w ?? 120), 0);
    if (td.offsetLeft - pinnedWidth < el.scrollLeft) el.scrollLeft = td.offsetLeft - pinnedWidth;
    else if (td.offsetLeft + td.offsetWidth > el.scrollLeft + el.clientWidth) el.scrollLeft = td.offsetLeft + td.offsetWidth - el.clientWidth;
  }, [active]);

  // ── toolbar ──
  const copy = () => {
    void navigator.clipboard
      ?.writeText(toTsv(table, order))
      .then(() => {
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      })
      .catch(() => {});
  };
  const addRow = () => {
    commit(withRow(table));
    requestAnimationFrame(() => {
      const el = scroller.current;
      if (el) el.scrollTop = el.scrollHeight;
      moveTo(order.length, active?.col ?? 0);
    });
  };

  const allPx = px.every((w) => w !== null);
  const tableWidth = allPx ? `max(100%, ${px.reduce<number>((s, w) => s + w!, 0) + (rowNumbers ? rownumPx : 0)}px)` : "100%";
  // Columns keep their measured widths, and share what is left of a wider frame in proportion.
  const template = [...(rowNumbers ? [`${rownumPx}px`] : []), ...widths.map((w) => (w.endsWith("px") ? `minmax(${w}, ${parseFloat(w)}fr)` : w))].join(" ");
  const activeId = active && order.length ? cellId(baseId, active.row, active.col) : undefined;
  const activeShown = active && win.start <= posOf(active.row) && posOf(active.row) < win.end;

  return (
    <Frame block={block} kind="dataframe" ownHeight>
      <div
        class={classes("gr-df", fullscreen && "gr-df-fullscreen", props.wrap === true && "gr-df-wrap")}
        onKeyUp={onKeyUp}
        // Escape leaves fullscreen from anywhere in it (an open edit takes its Escape first).
        onKeyDown={(e) => e.key === "Escape" && fullscreen && !e.defaultPrevented && setFullscreen(false)}
      >
        <div class="gr-df-header">
          {label && props.showLabel !== false ? <BlockLabel block={block} as="span" /> : <span />}
          <Toolbar
            query={showSearch ? query : null}
            onQuery={setQuery}
            onAddColumn={colDynamic && raw?.error === undefined ? () => commit(withColumn(table)) : null}
            copied={props.showCopyButton === true ? copied : null}
            onCopy={copy}
            fullscreen={props.showFullscreenButton === true ? fullscreen : null}
            onFullscreen={() => setFullscreen(!fullscreen)}
          />
        </div>
        {filterMode && (filterCol !== null || filters.length > 0) && (
          <FilterBar headers={headers} types={rowShared.types} filters={filters} column={filterCol} onChange={setFilters} onClose={() => setFilterCol(null)} />
        )}
        {raw?.error !== undefined ? (
          <div class="gr-df-error" role="alert">
            {raw.error}
          </div>
        ) : (
          <div class="gr-df-scroll" ref={scroller} style={{ maxHeight: fullscreen ? "none" : maxHeight }} onScroll={onScroll}>
            <div
              ref={grid}
              class="gr-df-table"
              role="grid"
              tabIndex={0}
              aria-label={label ?? "DataFrame"}
              aria-rowcount={(preview?.total ?? order.length) + 1}
              aria-busy={preview ? "true" : undefined}
              aria-colcount={headers.length + (rowNumbers ? 1 : 0)}
              aria-readonly={interactive ? undefined : "true"}
              aria-activedescendant={activeShown ? activeId : undefined}
              style={{ width: tableWidth, "--gr-df-cols": template }}
              onKeyDown={onGridKey}
            >
              <HeaderRow
                headers={headers}
                rowNumbers={rowNumbers}
                pinnedLeft={rowShared.pinnedLeft}
                locked={headers.map((_, c) => interactive && statics.has(c))}
                sort={sort}
                onSort={(c) => setSort(nextSort(sort, c))}
                filterMode={filterMode}
                filtered={filters.map((f) => f.col)}
                onFilter={(c) => setFilterCol(filterCol === c ? null : c)}
              />
              <div role="rowgroup" class={classes("gr-df-body", unvirtualized && "gr-df-flow")} style={unvirtualized ? undefined : { height: `${order.length * ROW_HEIGHT}px` }}>
                {windowSlots(win.start, win.end, unvirtualized).map((pos) => {
                  const row = order[pos]!;
                  const isActive = active?.row === row;
                  return (
                    <Row
                      key={unvirtualized ? row : pos % (win.end - win.start)}
                      shared={rowShared}
                      row={data[row]!}
                      index={row}
                      pos={pos}
                      last={pos === order.length - 1}
                      top={unvirtualized ? null : pos * ROW_HEIGHT}
                      activeCol={isActive ? active.col : -1}
                      editing={editing?.row === row ? editing : null}
                    />
                  );
                })}
              </div>
            </div>
            {order.length === 0 && data.length > 0 && (
              <p class="gr-df-empty" role="status">
                No rows match
              </p>
            )}
          </div>
        )}
        {rowDynamic && raw?.error === undefined && (
          <button type="button" class="gr-df-add-row" onClick={addRow}>
            <PlusIcon /> Add row
          </button>
        )}
      </div>
    </Frame>
  );
}

/**
 * The places a window shows, in the order their rows sit in the DOM. A
 * virtualized row is keyed by its place modulo the window's length and kept
 * at that slot: a scroll gives the row leaving at one end to the row entering
 * at the other (same DOM node, new text and offset) and moves no node, so the
 * browser restyles and relays out only the rows that changed. Rows carry
 * aria-rowindex, which is how a grid tells assistive technology their order.
 */
function windowSlots(start: number, end: number, inFlow: boolean): number[] {
  const length = end - start;
  const places = new Array<number>(length);
  for (let pos = start; pos < end; pos++) places[inFlow ? pos - start : pos % length] = pos;
  return places;
}

// Markdown and HTML cells render with the app's sanitizer: loaded before the
// first render when a table has such a column.
DataFrameView.preloadFor = (components: ComponentConfig[]) =>
  components.some((c) => c.type === "dataframe" && [c.props.datatype].flat().some((t) => t === "markdown" || t === "html")) ? loadRenderer() : undefined;
