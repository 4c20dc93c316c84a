import { DomainError } from './domain-error';

const PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};
const TRANSLITERABLE = new RegExp(`[${Object.keys(TRANSLITERATIONS).join('')}]`, 'g');

/** A URL-safe identifier: lower-case ASCII words joined by single hyphens ('keychron-k2-pro'). */
export class Slug {
  private constructor(readonly value: string) {
    Object.freeze(this);
  }

  static create(raw: string): Slug {
    if (typeof raw !== 'string' || raw.length === 0) {
      throw Slug.invalid(raw, 'must not be blank');
    }
    if (raw.length > SLUG_MAX_LENGTH) {
      throw Slug.invalid(raw, `must be at most ${SLUG_MAX_LENGTH} characters`);
    }
    if (!PATTERN.test(raw)) {
      throw Slug.invalid(raw, 'must be lower-case letters and digits separated by single hyphens');
    }
    return new Slug(raw);
  }

  /**
   * Derives a slug from a human title: 'Keychron K2 — Pro!' -> 'keychron-k2-pro',
   * 'Café Crème' -> 'cafe-creme'. Throws when nothing usable is left (a title of only symbols).
   */
  static fromText(text: string): Slug {
    const value = String(text ?? '')
      .toLowerCase()
      .replace(TRANSLITERABLE, (letter) => TRANSLITERATIONS[letter])
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, SLUG_MAX_LENGTH)
      .replace(/-+$/, '');
    if (value.length === 0) {
      throw new DomainError(
        'SLUG.INVALID',
        `Cannot derive a slug from "${String(text)}": it has no letters or digits`,
        'validation',
        { slug: ['cannot be derived from text without letters or digits; provide one'] },
      );
    }
    return new Slug(value);
  }

  private static invalid(raw: unknown, problem: string): DomainError {
    return new DomainError('SLUG.INVALID', `Invalid slug "${String(raw)}": ${problem}`, 'validation', { slug: [problem] });
  }

  equals(other: Slug): boolean {
    return this.value === other.value;
  }

  toString(): string {
    return this.value;
  }

  toJSON(): string {
    return this.value;
  }
}
