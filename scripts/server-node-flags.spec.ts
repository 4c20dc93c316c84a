import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** scripts/server-node-flags.mjs: the API's V8 flags, the same wherever the repository starts it. */
const root = path.join(__dirname, '..');
const flags: string[] = JSON.parse(
  spawnSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(path.join(__dirname, 'server-node-flags.mjs'))}).then((m) => console.log(JSON.stringify(m.SERVER_NODE_FLAGS)))`], {
    encoding: 'utf8',
  }).stdout,
);

describe('the API process flags', () => {
  it('are flags this Node accepts', () => {
    expect(flags.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, [...flags, '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('are on the command of `pnpm start`', () => {
    const start: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
    expect(start).toBe(`exec node ${flags.join(' ')} scripts/start.mjs`);
  });

  it("are on the Docker image's command", () => {
    const cmd = readFileSync(path.join(root, 'Dockerfile'), 'utf8').match(/^CMD (\[.*\])$/m);
    expect(cmd && JSON.parse(cmd[1])).toEqual(['node', ...flags, 'apps/api/dist/main.js']);
  });
});
