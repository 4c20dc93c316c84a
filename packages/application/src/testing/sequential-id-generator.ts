import type { IdGenerator } from '../ports/id-generator.port';

/**
 * Predictable ids that are valid version-4 UUID strings:
 * 00000000-0000-4000-8000-000000000001, ...-000000000002, ...
 * `namespace` (0..0xffffffff) fills the first group so two generators never collide.
 */
export class SequentialIdGenerator implements IdGenerator {
  private counter = 0;
  private readonly prefix: string;

  constructor(namespace = 0) {
    this.prefix = namespace.toString(16).padStart(8, '0').slice(-8);
  }

  next(): string {
    this.counter += 1;
    return `${this.prefix}-0000-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
  }

  /** How many ids were handed out. */
  get issued(): number {
    return this.counter;
  }
}
