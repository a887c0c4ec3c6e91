// npm test: everything, from a fresh machine. Makes sure a Chromium exists,
// typechecks, runs the Node and browser-mode tests, builds, runs the e2e
// suite on the demos, and ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";

const results = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function step(name, cmd, args) {
  console.log(`\n── ${name}: ${cmd} ${args.join(" ")}`);
  const run = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (run.status !== 0) {
    ok = false;
    console.error(`✗ ${name} failed (exit ${run.status})`);
  }
  return run.status === 0;
}

function count(file, read) {
  if (!existsSync(file)) return;
  const c = read(JSON.parse(readFileSync(file, "utf8")));
  results.passed += c.passed;
  results.failed += c.failed;
  results.skipped += c.skipped;
}

mkdirSync("test-results", { recursive: true });
process.env.CHROMIUM_PATH ||= ensureChromium();

step("typecheck", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
// The build comes first: the build command's Node tests read dist/ (its chunk graph).
const built = step("build", "node", ["scripts/build.mjs"]);
step("unit + browser", "npx", [
  "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json",
]);
count("test-results/vitest.json", (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0),
  skipped: r.numPendingTests + r.numTodoTests,
}));
if (built) {
  step("size", "node", ["scripts/size.mjs"]);
  step("e2e", "npx", ["playwright", "test"]);
  count("test-results/e2e.json", (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped,
  }));
}

if (!ok && results.failed === 0) results.failed = 1;
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(ok ? 0 : 1);
