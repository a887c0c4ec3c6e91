// node scripts/make-flights-db.mjs — writes demos/assets/flights.db, the
// database of demos/database.html (the flights of Gradio's "Connecting to a
// database" guide): one day of flights out of DFW, DAL and HOU, every half
// hour, with made-up prices. Uses sql.js, the SQLite gr.Database runs, so the
// file is what the app opens. Deterministic: the same bytes on every run.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import initSqlJs from "sql.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "demos/assets/flights.db");
const ROUTES = { DFW: ["LAX", "JFK", "ORD", "DEN"], DAL: ["MDW", "BNA", "ATL"], HOU: ["MSY", "DEN", "PHX"] };
const BASE = { DFW: 180, DAL: 140, HOU: 120 };

const SQL = await initSqlJs();
const db = new SQL.Database();
db.run(`CREATE TABLE flight_info (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  dest TEXT NOT NULL,
  time TEXT NOT NULL,   -- 'YYYY-MM-DD HH:MM', SQLite's own date-time text
  price REAL NOT NULL
)`);
db.run("CREATE INDEX flight_origin ON flight_info (origin, time)");
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
db.run("BEGIN");
const insert = db.prepare("INSERT INTO flight_info (origin, dest, time, price) VALUES (?, ?, ?, ?)");
for (const [origin, dests] of Object.entries(ROUTES)) {
  for (let slot = 0; slot < 48; slot++) {
    const hh = String(Math.floor(slot / 2)).padStart(2, "0");
    const mm = slot % 2 ? "30" : "00";
    // Dearer in the morning and evening peaks, plus noise.
    const peak = Math.exp(-((slot - 16) ** 2) / 20) + Math.exp(-((slot - 36) ** 2) / 20);
    const price = Math.round((BASE[origin] * (1 + 0.6 * peak) + random() * 40) * 100) / 100;
    insert.run([origin, dests[slot % dests.length], `2024-06-01 ${hh}:${mm}`, price]);
  }
}
insert.free();
db.run("COMMIT");
db.run("VACUUM");
writeFileSync(OUT, db.export());
console.log(`wrote ${OUT} (${db.exec("SELECT count(*) FROM flight_info")[0].values[0][0]} flights)`);
