import { Money, type MoneyJSON } from '../shared/money.value-object';
import { Sku } from '../shared/sku.value-object';
import {
  ValidationProblems,
  characterLength,
  fieldPath,
  isWholeNumberBetween,
  requiredText,
} from '../shared/validation-problems';
import { CatalogErrorCodes, CatalogLimits } from './catalog.errors';

export interface VariantInput {
  id: string;
  sku: string;
  name: string;
  /** Option name -> value, e.g. { switch: 'brown', layout: 'ANSI' }. */
  options: Record<string, string>;
  price: Money;
  available: number;
}

export interface VariantSnapshot {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  price: MoneyJSON;
  available: number;
}

/**
 * One buyable version of a product (a colour, a switch type). Immutable: the product replaces
 * a variant to change it, so a reference handed out never changes under the holder's feet.
 */
export class Variant {
  private constructor(
    readonly id: string,
    readonly sku: Sku,
    readonly name: string,
    private readonly optionValues: Readonly<Record<string, string>>,
    readonly price: Money,
    readonly available: number,
  ) {
    Object.freeze(this);
  }

  /** Validates one variant on its own; throws CATALOG.INVALID_VARIANT naming each bad field. */
  static create(input: VariantInput): Variant {
    const problems = new ValidationProblems(CatalogErrorCodes.INVALID_VARIANT);
    const variant = Variant.parse(input, problems, '');
    problems.throwIfAny('Invalid variant');
    return variant as Variant;
  }

  /**
   * Checks the rules of a single variant, recording problems under `prefix` ('variants.2'),
   * and returns the variant when they all hold. Rules across variants belong to the product.
   */
  static parse(input: VariantInput, problems: ValidationProblems, prefix: string): Variant | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    const value = (input ?? {}) as Partial<VariantInput>;

    if (typeof value.id !== 'string' || value.id.trim() === '') problems.add(at('id'), 'must be a non-empty id');
    const sku = problems.capture(at('sku'), () => Sku.create(value.sku as string));
    const name = requiredText(problems, at('name'), value.name, CatalogLimits.VARIANT_NAME_MAX);
    const options = parseOptions(value.options, problems, at('options'));

    const price = value.price;
    if (!(price instanceof Money)) {
      problems.add(at('price'), 'must be a money amount', CatalogErrorCodes.INVALID_PRICE);
    } else if (!price.isPositive()) {
      problems.add(at('price'), 'must be greater than zero', CatalogErrorCodes.INVALID_PRICE);
    } else if (price.amount > CatalogLimits.PRICE_MAX) {
      problems.add(at('price'), `must be at most ${CatalogLimits.PRICE_MAX} minor units`, CatalogErrorCodes.INVALID_PRICE);
    }

    if (!isWholeNumberBetween(value.available, 0, CatalogLimits.AVAILABLE_MAX)) {
      problems.add(
        at('available'),
        `must be a whole number from 0 to ${CatalogLimits.AVAILABLE_MAX}`,
        CatalogErrorCodes.INVALID_STOCK,
      );
    }

    if (problems.count > start || !sku || name === undefined || !options || !(price instanceof Money)) return undefined;
    return new Variant(value.id as string, sku, name, options, price, value.available as number);
  }

  /** Rebuilds a stored variant without re-checking the product rules. */
  static restore(snapshot: VariantSnapshot): Variant {
    return new Variant(
      snapshot.id,
      Sku.create(snapshot.sku),
      snapshot.name,
      Object.freeze({ ...snapshot.options }),
      Money.of(snapshot.price.amount, snapshot.price.currency),
      snapshot.available,
    );
  }

  get options(): Record<string, string> {
    return { ...this.optionValues };
  }

  get inStock(): boolean {
    return this.available > 0;
  }

  /** The option set in a canonical form: two variants with the same key are indistinguishable. */
  get optionsKey(): string {
    return JSON.stringify(Object.entries(this.optionValues).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  withAvailable(available: number): Variant {
    return new Variant(this.id, this.sku, this.name, this.optionValues, this.price, available);
  }

  toSnapshot(): VariantSnapshot {
    return {
      id: this.id,
      sku: this.sku.value,
      name: this.name,
      options: { ...this.optionValues },
      price: this.price.toJSON(),
      available: this.available,
    };
  }
}

function parseOptions(
  raw: unknown,
  problems: ValidationProblems,
  field: string,
): Readonly<Record<string, string>> | undefined {
  if (raw === undefined || raw === null) return Object.freeze({});
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(field, 'must be an object of option names to values');
    return undefined;
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > CatalogLimits.OPTIONS_MAX) {
    problems.add(field, `must have at most ${CatalogLimits.OPTIONS_MAX} options`);
    return undefined;
  }
  const options: Record<string, string> = {};
  let ok = true;
  for (const [rawKey, rawValue] of entries) {
    const key = rawKey.trim();
    if (key.length === 0 || characterLength(key) > CatalogLimits.OPTION_NAME_MAX) {
      problems.add(field, `option names must be 1 to ${CatalogLimits.OPTION_NAME_MAX} characters`);
      ok = false;
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(options, key)) {
      problems.add(field, `has the option "${key}" twice`);
      ok = false;
      continue;
    }
    const value = requiredText(problems, fieldPath(field, key), rawValue, CatalogLimits.OPTION_VALUE_MAX);
    if (value === undefined) {
      ok = false;
      continue;
    }
    options[key] = value;
  }
  return ok ? Object.freeze(options) : undefined;
}
