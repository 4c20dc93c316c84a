import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `pnpm lint:workflows` (run by `pnpm test`) over the real workflow and over broken copies. */
const root = path.resolve(__dirname, '../..');
const workflowDir = path.join(root, '.github/workflows');
const workflow = readFileSync(path.join(workflowDir, 'ci.yml'), 'utf8');

function lint(dir?: string) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/ci/lint-workflows.mjs'), ...(dir ? [dir] : [])], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A folder holding ci.yml with `from` replaced by `to` (which must occur in the real workflow). */
function brokenCopy(from: string | RegExp, to: string): string {
  const broken = workflow.replace(from, to);
  expect(broken).not.toBe(workflow); // the mistake really is in the copy
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-actionlint-'));
  writeFileSync(path.join(dir, 'ci.yml'), broken);
  dirs.push(dir);
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('actionlint over .github/workflows', () => {
  it('passes the real workflow, as `pnpm test` runs it (default folder)', () => {
    const { status, output } = lint();
    expect(output).toContain('ci.yml');
    expect(output).toMatch(/OK/);
    expect(status).toBe(0);
  });

  it('passes an unchanged copy of the workflow', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'devgear-actionlint-'));
    dirs.push(dir);
    copyFileSync(path.join(workflowDir, 'ci.yml'), path.join(dir, 'ci.yml'));
    expect(lint(dir).status).toBe(0);
  });

  it('fails a runner label GitHub does not have', () => {
    const { status, output } = lint(brokenCopy('runs-on: ubuntu-24.04', 'runs-on: ubuntu-24.4'));
    expect(status).toBe(1);
    expect(output).toMatch(/label "ubuntu-24.4" is unknown/);
  });

  it('fails a job that needs a job the workflow does not have', () => {
    const { status, output } = lint(brokenCopy(/(\n  e2e:\n)/, '$1    needs: [check]\n'));
    expect(status).toBe(1);
    expect(output).toMatch(/needs job "check" which does not exist/);
  });

  it('fails a misspelled input of an action', () => {
    const { status, output } = lint(brokenCopy(/if-no-files-found:/, 'if-no-file-found:'));
    expect(status).toBe(1);
    expect(output).toMatch(/input "if-no-file-found" is not defined in action "actions\/upload-artifact@v4"/);
  });

  it('fails an expression that reads a matrix value the job does not define', () => {
    const { status, output } = lint(brokenCopy(/matrix\.shard\b/, 'matrix.shards'));
    expect(status).toBe(1);
    expect(output).toMatch(/property "shards" is not defined/);
  });

  it('fails YAML that is not a workflow at all (a key at the wrong level)', () => {
    const { status, output } = lint(brokenCopy(/^jobs:/m, 'job:'));
    expect(status).toBe(1);
    expect(output).toMatch(/"jobs" section is missing|unexpected key "job"/);
  });

  it('fails a folder without workflows rather than passing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'devgear-actionlint-'));
    dirs.push(dir);
    const { status, output } = lint(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/no workflow files/);
  });
});
