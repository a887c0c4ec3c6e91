// showSearch "filter": a bar above the table to add a condition on a column
// (Gradio's filter menu: text conditions, or comparisons for a number
// column), and the conditions in force as removable chips.

import { useEffect, useRef, useState } from "preact/hooks";
import { CloseIcon } from "./icons.tsx";
import { NUMBER_OPS, TEXT_OPS, type ColumnFilter, type Datatype } from "./table-math.ts";

interface FilterBarProps {
  headers: string[];
  types: Datatype[];
  filters: ColumnFilter[];
  /** The column whose filter button was pressed, or null. */
  column: number | null;
  onChange(filters: ColumnFilter[]): void;
  onClose(): void;
}

export function FilterBar({ headers, types, filters, column, onChange, onClose }: FilterBarProps) {
  const ops = column !== null && types[column] === "number" ? NUMBER_OPS : TEXT_OPS;
  const [op, setOp] = useState<ColumnFilter["op"]>(ops[0]!);
  const [value, setValue] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setOp(ops[0]!);
    setValue("");
    input.current?.focus();
  }, [column]);
  const noValue = op === "is empty" || op === "is not empty";
  const apply = (e: Event) => {
    e.preventDefault();
    if (column === null) return;
    onChange([...filters.filter((f) => f.col !== column), { col: column, op, value }]);
    onClose();
  };
  return (
    <div class="gr-df-filters">
      {column !== null && (
        <form class="gr-df-filter-form" onSubmit={apply} onKeyDown={(e) => e.key === "Escape" && onClose()}>
          <span class="gr-df-filter-col">{headers[column]}</span>
          <select class="gr-df-filter-op" aria-label={`Condition on ${headers[column]}`} value={op} onChange={(e) => setOp((e.currentTarget as HTMLSelectElement).value as ColumnFilter["op"])}>
            {ops.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          {!noValue && (
            <input
              ref={input}
              class="gr-df-filter-value"
              aria-label={`Filter value for ${headers[column]}`}
              placeholder="Value"
              value={value}
              onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
            />
          )}
          <button type="submit" class="gr-df-filter-apply">
            Apply
          </button>
          <button type="button" class="gr-df-tool" aria-label="Close filter" onClick={onClose}>
            <CloseIcon />
          </button>
        </form>
      )}
      {filters.length > 0 && (
        <ul class="gr-df-chips" aria-label="Filters">
          {filters.map((f) => (
            <li key={f.col} class="gr-df-chip">
              <span>
                {headers[f.col]} {f.op} {f.op === "is empty" || f.op === "is not empty" ? "" : `“${f.value}”`}
              </span>
              <button type="button" class="gr-df-chip-remove" aria-label={`Remove filter on ${headers[f.col]}`} onClick={() => onChange(filters.filter((x) => x !== f))}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
