import type { CrashPoint, CrashPoints } from '@devgear/application';

/**
 * The crash tests' crash points: with CRASH_AT set (never in production), the process kills
 * itself with SIGKILL when it reaches that point — no cleanup, no flushing, exactly like a
 * power cut or `kill -9` at that instant. Without it nothing happens.
 */
export class EnvCrashPoints implements CrashPoints {
  constructor(private readonly armed: CrashPoint | null) {}

  reach(point: CrashPoint): void {
    if (point !== this.armed) return;
    process.stderr.write(`CRASH_AT=${point}: the process kills itself now (SIGKILL)\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
