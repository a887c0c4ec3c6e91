// Writes demos/assets/sample.pdf: a three-page PDF made here (no download),
// for the PDF custom component's demo and tests. Run once; the file is committed.
import { writeFileSync } from "node:fs";

const pages = [
  ["Service agreement", "Page 1: the parties agree to build apps that run in the browser."],
  ["Terms", "Page 2: no server is needed; files stay on the user's machine."],
  ["Signatures", "Page 3: signed, gradio-lite."],
];

const objects = [];
const add = (body) => objects.push(body) && objects.length;
const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
add(""); // the page tree, filled in below
const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
const kids = [];
for (const [title, line] of pages) {
  const text = `BT /F1 28 Tf 72 720 Td (${title}) Tj ET BT /F1 14 Tf 72 680 Td (${line}) Tj ET`;
  const content = add(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
}
objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;

let out = "%PDF-1.4\n";
const offsets = [];
objects.forEach((body, i) => {
  offsets.push(out.length);
  out += `${i + 1} 0 obj\n${body}\nendobj\n`;
});
const xref = out.length;
out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(new URL("../demos/assets/sample.pdf", import.meta.url), out, "latin1");
console.log(`wrote demos/assets/sample.pdf (${out.length} bytes, ${pages.length} pages)`);
