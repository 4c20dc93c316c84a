import { ORDER_NUMBER_ALPHABET, ORDER_NUMBER_PREFIX } from '@devgear/domain';
import type { OrderNumberGenerator } from '../ports/order-number-generator.port';

/**
 * Predictable order numbers: DG-22222223, DG-22222224, ... (a counter written in the order-number
 * alphabet). Numbers passed to the constructor come first, to play collisions.
 */
export class SequentialOrderNumberGenerator implements OrderNumberGenerator {
  private counter = 0;
  private readonly preset: string[];

  constructor(preset: string[] = []) {
    this.preset = [...preset];
  }

  next(): string {
    const preset = this.preset.shift();
    if (preset !== undefined) return preset;
    this.counter += 1;
    let n = this.counter;
    let body = '';
    const base = ORDER_NUMBER_ALPHABET.length;
    while (n > 0) {
      body = ORDER_NUMBER_ALPHABET[n % base] + body;
      n = Math.floor(n / base);
    }
    return ORDER_NUMBER_PREFIX + body.padStart(8, ORDER_NUMBER_ALPHABET[0]);
  }
}
