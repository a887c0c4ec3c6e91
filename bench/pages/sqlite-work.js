// The measured work, shared by both bench workers: a flights table of 100k
// rows inserted in one transaction, then a GROUP BY over it. `db` adapts each
// library to three calls: exec(sql), insertMany(sql, rows), all(sql).
// (Classic script: the sql.js worker loads it with importScripts, the
// sqlite-wasm one with a module import of the same file.)
const ORIGINS = ["DFW", "DAL", "HOU", "AUS", "SAT", "ELP", "LBB", "MAF"];

function flightRows(n) {
  const rows = new Array(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    rows[i] = [ORIGINS[i % ORIGINS.length], 1_700_000_000 + i * 60, 80 + (x % 40000) / 100];
  }
  return rows;
}

async function measureWork(db, n) {
  const rows = flightRows(n);
  db.exec("CREATE TABLE flight_info (origin TEXT, time INTEGER, price REAL)");
  let t = performance.now();
  db.insertMany("INSERT INTO flight_info VALUES (?, ?, ?)", rows);
  const insertMs = performance.now() - t;
  t = performance.now();
  const grouped = db.all("SELECT origin, count(*) AS n, avg(price) AS avg_price FROM flight_info GROUP BY origin ORDER BY origin");
  const groupByMs = performance.now() - t;
  return { insertMs, groupByMs, groups: grouped.length, firstGroup: grouped[0] };
}
self.measureWork = measureWork;
