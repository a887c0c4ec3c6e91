// `npm pack` and `npm publish`: the package's README is docs/package-readme.md
// (install it, the Vite plugin, a worker and mount()), not the repository's
// (build from source, run the tests, the numbers). npm always ships the
// README.md at the package's root, so prepack puts the package's there and
// postpack puts the repository's back.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const SAVED = ".cache/README.repository.md";
const readme = readFileSync("docs/package-readme.md", "utf8");

if (process.argv[2] === "prepack") {
  // A pack that stopped before its postpack left the package's README here: the saved one is the repository's.
  if (readFileSync("README.md", "utf8") !== readme) {
    mkdirSync(".cache", { recursive: true });
    copyFileSync("README.md", SAVED);
  }
  writeFileSync("README.md", readme);
} else if (process.argv[2] === "postpack") {
  if (existsSync(SAVED)) renameSync(SAVED, "README.md");
} else {
  console.error("usage: node scripts/pack-readme.mjs prepack|postpack");
  process.exit(1);
}
