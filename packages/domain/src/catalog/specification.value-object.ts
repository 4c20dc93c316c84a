import { ValidationProblems, characterLength, fieldPath, requiredText } from '../shared/validation-problems';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';

export interface SpecificationInput {
  key: string;
  value: string;
  unit?: string | null;
}

export interface SpecificationSnapshot {
  key: string;
  value: string;
  unit: string | null;
}

/** One line of a product's spec sheet: 'Weight' = '870' 'g'. Key and value are trimmed and non-empty. */
export class Specification {
  private constructor(
    readonly key: string,
    readonly value: string,
    readonly unit: string | null,
  ) {
    Object.freeze(this);
  }

  static create(input: SpecificationInput): Specification {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_SPECIFICATION);
    const specification = Specification.parse(input, problems, '');
    problems.throwIfAny('Invalid specification');
    return specification as Specification;
  }

  /** Checks one line, recording problems under `prefix` ('specifications.3'). */
  static parse(input: SpecificationInput, problems: ValidationProblems, prefix: string): Specification | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    const raw = (input ?? {}) as Partial<SpecificationInput>;
    const key = requiredText(problems, at('key'), raw.key, CatalogLimits.SPEC_KEY_MAX, CatalogErrorCodes.INVALID_SPECIFICATION);
    const value = requiredText(problems, at('value'), raw.value, CatalogLimits.SPEC_VALUE_MAX, CatalogErrorCodes.INVALID_SPECIFICATION);
    let unit: string | null = null;
    if (raw.unit !== undefined && raw.unit !== null) {
      if (typeof raw.unit !== 'string') {
        problems.add(at('unit'), 'must be a string or null', CatalogErrorCodes.INVALID_SPECIFICATION);
      } else if (characterLength(raw.unit.trim()) > CatalogLimits.SPEC_UNIT_MAX) {
        problems.add(at('unit'), `must be at most ${CatalogLimits.SPEC_UNIT_MAX} characters`, CatalogErrorCodes.INVALID_SPECIFICATION);
      } else {
        unit = raw.unit.trim() || null;
      }
    }
    if (problems.count > start || key === undefined || value === undefined) return undefined;
    return new Specification(key, value, unit);
  }

  static restore(snapshot: SpecificationSnapshot): Specification {
    return new Specification(snapshot.key, snapshot.value, snapshot.unit ?? null);
  }

  equals(other: Specification): boolean {
    return this.key === other.key && this.value === other.value && this.unit === other.unit;
  }

  toSnapshot(): SpecificationSnapshot {
    return { key: this.key, value: this.value, unit: this.unit };
  }
}
