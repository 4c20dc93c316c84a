import type { CrashPoint, CrashPoints } from '../ports/crash-points.port';

/** Thrown at the armed crash point: in specs it stands for the process dying there. */
export class SimulatedCrash extends Error {
  constructor(readonly point: CrashPoint) {
    super(`simulated crash at ${point}`);
    this.name = 'SimulatedCrash';
  }
}

/**
 * Crash points for specs: every point reached is recorded, and the armed one throws
 * SimulatedCrash once (a transaction around it rolls back, as a dead process's would; what was
 * committed before it stays). Then it disarms, as a restarted process runs without it.
 */
export class SimulatedCrashPoints implements CrashPoints {
  readonly reached: CrashPoint[] = [];
  private armed: CrashPoint | null = null;

  arm(point: CrashPoint): void {
    this.armed = point;
  }

  reach(point: CrashPoint): void {
    this.reached.push(point);
    if (this.armed !== point) return;
    this.armed = null;
    throw new SimulatedCrash(point);
  }
}
