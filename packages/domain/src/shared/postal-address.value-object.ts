import { CountryCode } from './country-code.value-object';
import { ValidationProblems, fieldPath, optionalText, requiredText } from './validation-problems';

/** Limits of a postal address, the same in the address book and on an order. */
export const PostalAddressLimits = {
  NAME_MAX: 100,
  LINE_MAX: 200,
  CITY_MAX: 100,
  STATE_MAX: 100,
  POSTAL_CODE_MAX: 20,
  PHONE_MAX: 30,
  /** E.164 allows at most 15 digits; fewer than 5 is no reachable number. */
  PHONE_DIGITS_MIN: 5,
  PHONE_DIGITS_MAX: 15,
} as const;

/** What a customer types. Optional fields accept undefined, null or blank (stored as null). */
export interface PostalAddressInput {
  /** The recipient. */
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  /** State, province or region, where the country uses one. */
  state?: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2, any case ('de' is stored as 'DE'). */
  country: string;
  /** The recipient's phone number, for the carrier: digits, optionally starting with +. */
  phone?: string | null;
}

export interface PostalAddressSnapshot {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
}

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
const PHONE = /^\+?[0-9 ().-]+$/;

/** The phone number, trimmed (null when blank), after recording what is wrong with it. */
function parsePhone(problems: ValidationProblems, path: string, raw: unknown): string | null | undefined {
  const phone = optionalText(problems, path, raw, PostalAddressLimits.PHONE_MAX);
  if (!phone) return phone;
  const digits = phone.replace(/[^0-9]/g, '').length;
  if (!PHONE.test(phone) || digits < PostalAddressLimits.PHONE_DIGITS_MIN || digits > PostalAddressLimits.PHONE_DIGITS_MAX) {
    problems.add(
      path,
      `must be a phone number of ${PostalAddressLimits.PHONE_DIGITS_MIN} to ${PostalAddressLimits.PHONE_DIGITS_MAX} digits, optionally starting with + (spaces, dots, dashes and brackets allowed)`,
    );
  }
  return phone;
}

/**
 * A postal address with the recipient's optional phone: the one set of rules for an address in
 * the address book (identity's Address adds a label) and the copy an order ships to (ordering's
 * ShippingAddress).
 */
export class PostalAddress {
  private constructor(
    readonly name: string,
    readonly line1: string,
    readonly line2: string | null,
    readonly city: string,
    readonly state: string | null,
    readonly postalCode: string,
    readonly country: string,
    readonly phone: string | null,
  ) {
    Object.freeze(this);
  }

  /** Validates and normalises (trimmed texts, upper-case country); throws `code` naming every bad field under `prefix`. */
  static create(input: PostalAddressInput, code: string, message: string, prefix = ''): PostalAddress {
    const problems = new ValidationProblems(code);
    const address = PostalAddress.parse(input, problems, prefix);
    problems.throwIfAny(message);
    return address as PostalAddress;
  }

  /** The address, or undefined after recording each problem under `prefix` ('shippingAddress.city'). */
  static parse(input: PostalAddressInput, problems: ValidationProblems, prefix = ''): PostalAddress | undefined {
    const at = (name: string) => fieldPath(prefix, name);
    const start = problems.count;
    if (input === null || typeof input !== 'object') {
      problems.add(prefix || 'address', 'must be an address');
      return undefined;
    }
    const name = requiredText(problems, at('name'), input.name, PostalAddressLimits.NAME_MAX);
    const line1 = requiredText(problems, at('line1'), input.line1, PostalAddressLimits.LINE_MAX);
    const line2 = optionalText(problems, at('line2'), input.line2, PostalAddressLimits.LINE_MAX);
    const city = requiredText(problems, at('city'), input.city, PostalAddressLimits.CITY_MAX);
    const state = optionalText(problems, at('state'), input.state, PostalAddressLimits.STATE_MAX);
    const postalCode = requiredText(problems, at('postalCode'), input.postalCode, PostalAddressLimits.POSTAL_CODE_MAX);
    if (postalCode !== undefined && !POSTAL_CODE.test(postalCode)) {
      problems.add(at('postalCode'), 'must contain only letters, digits, spaces and hyphens');
    }
    const country = problems.capture(at('country'), () => CountryCode.create(input.country));
    const phone = parsePhone(problems, at('phone'), input.phone);
    if (problems.count > start) return undefined;
    const code = (country as CountryCode).value;
    return new PostalAddress(name as string, line1 as string, line2 as string | null, city as string, state as string | null, postalCode as string, code, phone as string | null);
  }

  /** Rebuilds a stored address without re-checking it. */
  static restore(s: PostalAddressSnapshot): PostalAddress {
    return new PostalAddress(s.name, s.line1, s.line2, s.city, s.state, s.postalCode, s.country, s.phone ?? null);
  }

  equals(other: PostalAddress): boolean {
    return JSON.stringify(this.toSnapshot()) === JSON.stringify(other.toSnapshot());
  }

  toSnapshot(): PostalAddressSnapshot {
    return { name: this.name, line1: this.line1, line2: this.line2, city: this.city, state: this.state, postalCode: this.postalCode, country: this.country, phone: this.phone };
  }

  toJSON(): PostalAddressSnapshot {
    return this.toSnapshot();
  }
}
