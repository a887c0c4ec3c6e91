// The export buttons' downloads: the chart as a PNG and its data as CSV.
// Loaded on the first click of one of them.

import type { PlotData } from "../plot-data.ts";

/** The plot's data as CSV text (RFC 4180), dates as ISO strings. */
export function toCsv(value: PlotData): string {
  const quote = (t: string) => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const lines = [value.columns.map(quote).join(",")];
  for (const row of value.data) {
    lines.push(
      row
        .map((cell, c) => {
          if (cell === null || cell === undefined) return "";
          if (value.datatypes[value.columns[c]!] === "temporal" && typeof cell === "number") return new Date(cell).toISOString();
          return quote(String(cell));
        })
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

function download(href: string, name: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads the chart's canvas on a background (the canvas itself is transparent) as chart.png. */
export function exportPng(canvas: HTMLCanvasElement, background: string): void {
  const out = document.createElement("canvas");
  out.width = canvas.width;
  out.height = canvas.height;
  const g = out.getContext("2d")!;
  g.fillStyle = background;
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(canvas, 0, 0);
  download(out.toDataURL("image/png"), "chart.png");
}

/** Downloads the plot's whole value as chart.csv. */
export function exportCsv(value: PlotData): void {
  const url = URL.createObjectURL(new Blob([toCsv(value)], { type: "text/csv" }));
  download(url, "chart.csv");
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
