// What hovering a plot shows: the mark under the pointer (hit.ts) and
// Gradio's tooltip for it (tooltip.ts), drawn beside a ring on the mark.
// Loaded on the first pointer move over a chart: a plot that is only looked
// at never loads it (issue #9's byte budget for a plot app).

import { addStyles } from "../../../ui/styles.ts";
import type { Hit } from "./hit.ts";
import css from "./hover.css?inline";
import type { TooltipRow } from "./tooltip.ts";

export { findHit, type Hit } from "./hit.ts";
export { tooltipRows, type TooltipRow } from "./tooltip.ts";

addStyles("native-plot-hover", css);

export interface TooltipProps {
  hit: Hit;
  rows: TooltipRow[];
  /** The chart's width, to flip the tooltip left of the mark past 60% of it. */
  width: number;
  color: string | undefined;
  /** uPlot's plotting area, whose offset the hit's position is relative to. */
  over: HTMLElement | null;
}

export function Tooltip({ hit, rows, width, color, over }: TooltipProps) {
  const left = (over?.offsetLeft ?? 0) + hit.left;
  const top = (over?.offsetTop ?? 0) + hit.top;
  const flip = left > width * 0.6;
  return (
    <>
      <span class="gr-plot-marker" style={{ left: `${left}px`, top: `${top}px`, borderColor: color }} aria-hidden="true" />
      <div class="gr-plot-tooltip" role="tooltip" style={{ top: `${top + 12}px`, ...(flip ? { right: `${width - left + 12}px` } : { left: `${left + 12}px` }) }}>
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
