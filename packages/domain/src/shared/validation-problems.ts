import { DomainError } from './domain-error';

interface Problem {
  field: string;
  message: string;
  code: string;
}

/**
 * Collects every broken rule of one input so a caller (an admin form) sees all its mistakes
 * at once, then throws them as a single validation DomainError whose `details` name each field.
 */
export class ValidationProblems {
  private readonly problems: Problem[] = [];

  constructor(private readonly defaultCode: string) {}

  add(field: string, message: string, code: string = this.defaultCode): void {
    this.problems.push({ field, message, code });
  }

  /**
   * Runs `create` (typically a value object factory) and files its DomainError under `field`
   * instead of letting it escape; returns undefined when it failed.
   */
  capture<T>(field: string, create: () => T): T | undefined {
    try {
      return create();
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      const messages = error.details ? Object.values(error.details).flat() : [];
      if (messages.length === 0) messages.push(error.message);
      for (const message of messages) this.add(field, message, error.code);
      return undefined;
    }
  }

  has(field: string): boolean {
    return this.problems.some((p) => p.field === field);
  }

  /** How many problems were recorded so far (compare before/after to see if a step failed). */
  get count(): number {
    return this.problems.length;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  toDetails(): Record<string, string[]> {
    const details: Record<string, string[]> = {};
    for (const { field, message } of this.problems) {
      const list = (details[field] ??= []);
      if (!list.includes(message)) list.push(message);
    }
    return details;
  }

  /**
   * Throws when anything was collected. The error's code is the code of the first problem
   * (so a lone duplicate SKU reads 'CATALOG.DUPLICATE_SKU'); its message lists them all.
   */
  throwIfAny(subject: string): void {
    if (this.isEmpty) return;
    const summary = this.problems.map((p) => `${p.field} ${p.message}`).join('; ');
    throw new DomainError(this.problems[0].code, `${subject}: ${summary}`, 'validation', this.toDetails());
  }
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function characterLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Checks a required free-text field: a string, not blank once trimmed, at most `max` characters.
 * Returns the trimmed text, or undefined after recording the problem.
 */
export function requiredText(
  problems: ValidationProblems,
  field: string,
  value: unknown,
  max: number,
  code?: string,
): string | undefined {
  if (typeof value !== 'string') {
    problems.add(field, 'must be a string', code);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    problems.add(field, 'must not be blank', code);
    return undefined;
  }
  if (characterLength(trimmed) > max) {
    problems.add(field, `must be at most ${max} characters`, code);
    return undefined;
  }
  return trimmed;
}

/** An optional free-text field: null when absent or blank, the trimmed text, or undefined after a problem. */
export function optionalText(problems: ValidationProblems, field: string, value: unknown, max: number): string | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.add(field, 'must be a string');
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (characterLength(trimmed) > max) {
    problems.add(field, `must be at most ${max} characters`);
    return undefined;
  }
  return trimmed;
}

/** 'variants.1' + 'sku' -> 'variants.1.sku'; '' + 'sku' -> 'sku'. */
export function fieldPath(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/** A whole number within [min, max] (safe integers only). */
export function isWholeNumberBetween(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}
