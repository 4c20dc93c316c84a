#!/usr/bin/env node
// `pnpm build`: the Prisma client, the packages, the API and the web app — each step only when
// its inputs changed since it last succeeded (a content hash of the inputs is kept in
// node_modules/.cache/devgear-build), or always with --force. `pnpm start` runs the same steps.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampDir = path.join(root, 'node_modules', '.cache', 'devgear-build');
const fromRoot = createRequire(path.join(root, 'package.json'));
const fromWeb = createRequire(path.join(root, 'apps/web/package.json'));
const tsc = fromRoot.resolve('typescript/bin/tsc');
const shared = ['pnpm-lock.yaml', 'tsconfig.base.json', 'scripts/build.mjs'];
const packages = ['domain', 'application', 'contracts'].flatMap((p) => [`packages/${p}/src`, `packages/${p}/package.json`, `packages/${p}/tsconfig.json`]);
const prismaInputs = ['prisma/schema.prisma', 'prisma.config.ts'];

/** The build, in order; each step's hash covers everything its output depends on. */
export const STEPS = [
  {
    name: 'Prisma client',
    inputs: [...shared, ...prismaInputs],
    outputs: ['apps/api/src/generated/prisma/client.ts'],
    command: [process.execPath, fromRoot.resolve('prisma/build/index.js'), 'generate', '--no-hints'],
  },
  {
    name: 'packages',
    inputs: [...shared, ...packages],
    outputs: ['packages/domain/dist/index.js', 'packages/application/dist/index.js', 'packages/contracts/dist/index.js'],
    command: [process.execPath, tsc, '-b', 'packages/domain', 'packages/application', 'packages/contracts'],
  },
  {
    name: 'API',
    inputs: [...shared, ...packages, ...prismaInputs, 'apps/api/src', 'apps/api/package.json', 'apps/api/tsconfig.build.json'],
    outputs: ['apps/api/dist/main.js'],
    command: [process.execPath, tsc, '-p', 'apps/api/tsconfig.build.json'],
  },
  {
    name: 'web app',
    inputs: [...shared, 'packages/contracts/src', 'apps/web/src', 'apps/web/public', 'apps/web/index.html', 'apps/web/package.json', 'apps/web/tsconfig.json', 'apps/web/vite.config.ts', 'apps/web/build'],
    outputs: ['apps/web/dist/index.html'],
    command: [process.execPath, path.join(path.dirname(fromWeb.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--logLevel', 'warn'],
    cwd: 'apps/web',
    hint: 'about a minute the first time',
  },
];

// Tests and generated code do not change what is built.
const SKIP = /(^|\/)(node_modules|dist|generated)(\/|$)|\.(spec|test)\.tsx?$/;

function listFiles(rel) {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [rel];
  return readdirSync(abs, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => {
      const child = `${rel}/${d.name}`;
      if (SKIP.test(child)) return [];
      return d.isDirectory() ? listFiles(child) : [child];
    });
}

export function inputsHash(step) {
  const hash = createHash('sha256');
  hash.update(step.command.slice(2).join(' '));
  for (const file of step.inputs.flatMap(listFiles)) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

const stampFile = (step) => path.join(stampDir, `${step.name.replace(/\W+/g, '-').toLowerCase()}.json`);

function isCurrent(step, hash) {
  if (!step.outputs.every((o) => existsSync(path.join(root, o)))) return false;
  try {
    return JSON.parse(readFileSync(stampFile(step), 'utf8')).hash === hash;
  } catch {
    return false;
  }
}

function run(step) {
  return new Promise((resolve) => {
    const [cmd, ...args] = step.command;
    const child = spawn(cmd, args, { cwd: path.join(root, step.cwd ?? '.'), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code, signal) => resolve({ ok: code === 0, signal, output: output.trim() }));
    child.on('error', (err) => resolve({ ok: false, signal: null, output: err.message }));
  });
}

/**
 * Builds what is out of date. Prints one line per step; returns false (after printing the
 * tool's output) when a step fails.
 */
export async function build({ force = false, print = (line) => process.stdout.write(`${line}\n`) } = {}) {
  mkdirSync(stampDir, { recursive: true });
  const started = Date.now();
  let built = 0;
  for (const [i, step] of STEPS.entries()) {
    const label = `build ${i + 1}/${STEPS.length} ${step.name}`;
    const hash = inputsHash(step);
    if (!force && isCurrent(step, hash)) {
      print(`${label}: up to date`);
      continue;
    }
    print(`${label}: building${step.hint ? ` (${step.hint})` : ''}...`);
    rmSync(stampFile(step), { force: true });
    const t0 = Date.now();
    const result = await run(step);
    if (!result.ok) {
      if (result.signal) return false;
      print(`${label} FAILED:\n${result.output}`);
      return false;
    }
    writeFileSync(stampFile(step), JSON.stringify({ hash, built_at: new Date().toISOString() }));
    built += 1;
    print(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  print(built ? `build: ${built} of ${STEPS.length} steps rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'build: everything is up to date');
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ok = await build({ force: process.argv.includes('--force') });
  process.exit(ok ? 0 : 1);
}
