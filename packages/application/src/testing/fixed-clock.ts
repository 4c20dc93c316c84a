import type { Clock } from '../ports/clock.port';

/** A clock that only moves when told to. */
export class FixedClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2025-01-01T00:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }

  advance(milliseconds: number): Date {
    this.current = new Date(this.current.getTime() + milliseconds);
    return this.now();
  }
}
