import { z } from 'zod';

/** A lone UTF-16 surrogate (half of a pair): not text, and PostgreSQL cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text from a person: refuses NUL and unpaired surrogates with a 400 naming the field
 * (CONTRACT.md "Text input"), then trims. `min` counts after trimming.
 */
export function humanText(limits: { min?: number; max: number; required?: string }) {
  return z
    .string({ message: limits.required ?? 'must be text' })
    .refine((s) => !s.includes('\u0000'), 'must not contain the NUL character')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text (no unpaired surrogates)')
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(limits.min ?? 0, limits.min ? (limits.min === 1 ? 'must not be blank' : `must be at least ${limits.min} characters`) : undefined)
        .refine((s) => Array.from(s).length <= limits.max, `must be at most ${limits.max} characters`),
    );
}
