import type { SecureRandom } from '../ports/secure-random.port';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Predictable "random" tokens for tests (mulberry32 from a seed), base64url-encoded like the real
 * adapter, so they have the real length. Never use outside tests.
 */
export class DeterministicSecureRandom implements SecureRandom {
  /** Every token handed out, oldest first. */
  readonly issued: string[] = [];
  private state: number;

  constructor(seed = 0x2545f491) {
    this.state = seed >>> 0;
  }

  token(bytes: number): string {
    if (!Number.isSafeInteger(bytes) || bytes < 1) throw new RangeError(`bytes must be a positive whole number, got ${bytes}`);
    const data: number[] = [];
    for (let i = 0; i < bytes; i++) data.push(this.nextByte());
    const token = base64url(data);
    this.issued.push(token);
    return token;
  }

  private nextByte(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
}

/** RFC 4648 section 5, without padding. */
export function base64url(data: readonly number[]): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const [a, b = 0, c = 0] = [data[i], data[i + 1], data[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = [ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], ALPHABET[(n >> 6) & 63], ALPHABET[n & 63]];
    const left = data.length - i;
    out += chars.slice(0, left >= 3 ? 4 : left + 1).join('');
  }
  return out;
}
