// npm test: everything, from a fresh machine. Makes sure a Chromium exists,
// typechecks, runs the Node and browser-mode tests, builds, runs the e2e
// suite on the demos, and ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { ensureChromium } from "./chromium.mjs";

const results = { passed: 0, failed: 0, skipped: 0 };
let ok = true;
/** Printed last, where a CI log's tail shows them: what failed, and what passed only on a retry. */
const failedSteps = [];
const failedTests = [];
const flakyTests = [];

function step(name, cmd, args) {
  console.log(`\n── ${name}: ${cmd} ${args.join(" ")}`);
  const run = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (run.status !== 0) {
    ok = false;
    failedSteps.push(`${name} (exit ${run.status})`);
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
count("test-results/vitest.json", (r) => {
  for (const file of r.testResults) {
    const where = relative(process.cwd(), file.name);
    if (file.status === "failed" && !file.assertionResults.some((t) => t.status === "failed")) failedTests.push(`${where}: ${file.message || "the file failed to run"}`);
    for (const t of file.assertionResults) {
      const name = `${where} › ${t.fullName}`;
      if (t.status === "failed") failedTests.push(`${name}: ${(t.failureMessages[0] ?? "").split("\n")[0]}`);
    }
  }
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0),
    skipped: r.numPendingTests + r.numTodoTests,
  };
});
if (built) {
  step("size", "node", ["scripts/size.mjs"]);
  step("e2e", "npx", ["playwright", "test"]);
  count("test-results/e2e.json", (r) => {
    for (const { spec, test } of e2eTests(r.suites)) {
      const name = `test/e2e/${spec.file}:${spec.line} › ${spec.title}`;
      const error = test.results.find((x) => x.error)?.error?.message?.split("\n")[0] ?? "";
      if (test.status === "unexpected") failedTests.push(`${name}: ${error}`);
      else if (test.status === "flaky") flakyTests.push(name);
    }
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
  });
}

/** Every test of Playwright's JSON report, with its spec. */
function e2eTests(suites = []) {
  return suites.flatMap((suite) => [...suite.specs.flatMap((spec) => spec.tests.map((test) => ({ spec, test }))), ...e2eTests(suite.suites)]);
}

const strip = (text) => text.replace(/\x1b\[[0-9;]*m/g, "").slice(0, 300);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
for (const [title, list] of [["Failed", failedTests], ["Passed only on a retry (e2e)", flakyTests]]) {
  if (list.length) console.log(`\n${title}:\n${list.map((t) => `  ${strip(t)}`).join("\n")}`);
}
if (!ok && results.failed === 0) results.failed = 1;
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(ok ? 0 : 1);
