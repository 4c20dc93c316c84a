#!/usr/bin/env node
// `pnpm start`: build what changed (nothing when the build is current), then run the shop in
// this same process. package.json runs it with `exec`, so pnpm's child is this process itself:
// a Ctrl-C reaches the app, which shuts down cleanly and exits 0 (no ELIFECYCLE banner).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from './build.mjs';

const root = path.resolve(import.meta.dirname, '..');

// A Ctrl-C during the build stops the tool (it shares the terminal) and then this script.
let interrupted = false;
const onSignal = () => (interrupted = true);
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const ok = await build();
if (interrupted) {
  process.stdout.write('build: interrupted\n');
  process.exit(0);
}
if (!ok) process.exit(1);
process.off('SIGINT', onSignal);
process.off('SIGTERM', onSignal);

await import(pathToFileURL(path.join(root, 'apps/api/dist/main.js')).href);
