import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The GitHub jobs run exactly the steps of `pnpm test` (scripts/test.sh), no more and no
 * fewer: a step added to one and forgotten in the other fails here.
 */
const root = path.resolve(__dirname, '../..');
const testSh = readFileSync(path.join(root, 'scripts/test.sh'), 'utf8');
const workflow = readFileSync(path.join(root, '.github/workflows/ci.yml'), 'utf8');
const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;

/** name -> command of each step in scripts/test.sh's STEPS table ("name|command|what"). */
const steps = new Map(
  [...testSh.matchAll(/^\s+"([a-z0-9-]+)\|([^|]+)\|[^"]*"$/gm)].map((m) => [m[1], m[2]] as const),
);
/** The commands of the workflow's `run:` lines that call a package script (`pnpm X ...`). */
const runs = [...workflow.matchAll(/^\s+(?:- )?run: (pnpm [^\n]+)$/gm)].map((m) => m[1].trim());

describe('GitHub workflow and `pnpm test` run the same steps', () => {
  it('reads the steps of scripts/test.sh', () => {
    expect([...steps.keys()]).toEqual(['rules', 'build', 'budget', 'types', 'migrations', 'unit', 'api', 'api-embedded', 'e2e']);
  });

  it.each([...steps])('step %s (%s) is a package script and runs in a GitHub job', (_name, command) => {
    const script = command.replace(/^pnpm /, '');
    expect(scripts[script]).toBeDefined();
    const inJobs = runs.filter((r) => r === command || r.startsWith(`${command} `));
    expect(inJobs.length).toBeGreaterThan(0);
  });

  it('no GitHub job runs a test script that `pnpm test` leaves out', () => {
    const commands = [...steps.values()];
    const extra = runs
      .filter((r) => /^pnpm test:/.test(r))
      .filter((r) => !commands.some((c) => r === c || r.startsWith(`${c} `)));
    expect(extra).toEqual([]);
  });
});
