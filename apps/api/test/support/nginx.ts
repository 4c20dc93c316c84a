import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';
/** The proxy configuration docker-compose.yml uses. */
export const NGINX_CONF = path.resolve(__dirname, '../../../../deploy/nginx.conf');

export interface NginxLogLine {
  msec: number;
  request_time: number;
  status: number;
  method: string;
  uri: string;
  upstream: string;
  upstream_status: string;
  request_id: string;
}

/**
 * Debian's nginx with deploy/nginx.conf, changed only where a loopback test must: it listens on
 * `port` and its upstream servers are `upstreams` (instead of compose's `api` service). Runs in the
 * foreground with its own prefix and pid file under a temporary directory; its JSON access log
 * (stdout) is kept for the test.
 */
export async function startNginx(port: number, upstreams: number[]) {
  const conf = readFileSync(NGINX_CONF, 'utf8');
  const servers = upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n    ');
  const templated = conf.replace(/^\s*server api:3000[^\n]*$/m, `    ${servers}`).replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`);
  if (templated === conf || !templated.includes(`listen 127.0.0.1:${port};`) || !templated.includes(`127.0.0.1:${upstreams[0]}`)) {
    throw new Error('deploy/nginx.conf no longer has the `server api:3000` and `listen 80;` lines the test replaces');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'devgear-nginx-'));
  mkdirSync(path.join(dir, 'logs'));
  writeFileSync(path.join(dir, 'nginx.conf'), templated);
  // stdout is a file: nginx opens /dev/stdout itself, which a Node pipe (a socket) does not allow.
  const accessLog = path.join(dir, 'logs', 'access.json');
  const stdoutFd = openSync(accessLog, 'w');
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr', '-g', `daemon off; pid ${dir}/nginx.pid;`], { stdio: ['ignore', stdoutFd, 'pipe'] });
  closeSync(stdoutFd);
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += String(c)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    const ok = await fetch(`${base}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    /** The access log so far, one object per request. */
    log: (): NginxLogLine[] => readFileSync(accessLog, 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l) as NginxLogLine),
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
