import { IdentityLimits } from '../identity/identity.errors';
import { CountryCode } from '../shared/country-code.value-object';
import { ValidationProblems, characterLength, fieldPath, requiredText } from '../shared/validation-problems';
import { OrderingErrorCodes } from './ordering.errors';

/** What a customer sends as shipping_address. Optional fields accept undefined, null or blank (stored as null). */
export interface ShippingAddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  state?: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2, any case. */
  country: string;
}

export interface ShippingAddressSnapshot {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
}

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;

/** Where an order goes: a copy taken at checkout, unaffected by later address-book edits. */
export class ShippingAddress {
  private constructor(
    readonly name: string,
    readonly line1: string,
    readonly line2: string | null,
    readonly city: string,
    readonly state: string | null,
    readonly postalCode: string,
    readonly country: string,
  ) {
    Object.freeze(this);
  }

  /** Validates and normalises (trimmed texts, upper-case country); problems are named under `prefix` ('shipping_address.city'). */
  static create(input: ShippingAddressInput, prefix = 'shipping_address'): ShippingAddress {
    const problems = new ValidationProblems(OrderingErrorCodes.INVALID_ADDRESS);
    const address = ShippingAddress.parse(input, problems, prefix);
    problems.throwIfAny('Invalid shipping address');
    return address as ShippingAddress;
  }

  static parse(input: ShippingAddressInput, problems: ValidationProblems, prefix = 'shipping_address'): ShippingAddress | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    if (input === null || typeof input !== 'object') {
      problems.add(prefix || 'shipping_address', 'must be an address');
      return undefined;
    }
    const name = requiredText(problems, at('name'), input.name, IdentityLimits.ADDRESS_NAME_MAX);
    const line1 = requiredText(problems, at('line1'), input.line1, IdentityLimits.ADDRESS_LINE_MAX);
    const line2 = optionalText(problems, at('line2'), input.line2, IdentityLimits.ADDRESS_LINE_MAX);
    const city = requiredText(problems, at('city'), input.city, IdentityLimits.ADDRESS_CITY_MAX);
    const state = optionalText(problems, at('state'), input.state, IdentityLimits.ADDRESS_STATE_MAX);
    const postalCode = requiredText(problems, at('postal_code'), input.postalCode, IdentityLimits.POSTAL_CODE_MAX);
    if (postalCode !== undefined && !POSTAL_CODE.test(postalCode)) {
      problems.add(at('postal_code'), 'must contain only letters, digits, spaces and hyphens');
    }
    const country = problems.capture(at('country'), () => CountryCode.create(input.country));
    if (problems.count > start) return undefined;
    return new ShippingAddress(name as string, line1 as string, line2 as string | null, city as string, state as string | null, postalCode as string, (country as CountryCode).value);
  }

  static restore(s: ShippingAddressSnapshot): ShippingAddress {
    return new ShippingAddress(s.name, s.line1, s.line2, s.city, s.state, s.postalCode, s.country);
  }

  equals(other: ShippingAddress): boolean {
    return JSON.stringify(this.toSnapshot()) === JSON.stringify(other.toSnapshot());
  }

  toSnapshot(): ShippingAddressSnapshot {
    return {
      name: this.name,
      line1: this.line1,
      line2: this.line2,
      city: this.city,
      state: this.state,
      postalCode: this.postalCode,
      country: this.country,
    };
  }

  toJSON(): ShippingAddressSnapshot {
    return this.toSnapshot();
  }
}

function optionalText(problems: ValidationProblems, field: string, value: unknown, max: number): string | null | undefined {
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
