import { DomainError } from '../shared/domain-error';
import { PostalAddress, type PostalAddressInput, type PostalAddressSnapshot } from '../shared/postal-address.value-object';
import { ValidationProblems, optionalText } from '../shared/validation-problems';
import { IdentityErrorCodes, IdentityLimits } from './identity.errors';

/** What a customer types for an address: a postal address (with its optional phone) and an optional label. */
export interface AddressFields extends PostalAddressInput {
  /** The customer's own name for it: 'Home', 'Office'. */
  label?: string | null;
}

export interface AddressInput extends AddressFields {
  id: string;
}

/** A partial edit: each field present replaces the current value; null clears an optional one. */
export type AddressChanges = Partial<AddressFields>;

export interface AddressSnapshot extends PostalAddressSnapshot {
  id: string;
  label: string | null;
  phone: string | null;
  isDefaultShipping: boolean;
  createdAt: Date;
}

/** The content fields, in the order their changes are compared. */
const CONTENT_KEYS = ['label', 'name', 'line1', 'line2', 'city', 'state', 'postalCode', 'country', 'phone'] as const;

/**
 * A postal address (PostalAddress: the same rules as an order's) in a user's address book,
 * with the customer's label and phone. Immutable: the user replaces an address to change
 * it, so which one is the default shipping address is always decided by the user aggregate.
 */
export class Address {
  private constructor(
    readonly id: string,
    readonly label: string | null,
    readonly name: string,
    readonly line1: string,
    readonly line2: string | null,
    readonly city: string,
    readonly state: string | null,
    readonly postalCode: string,
    readonly country: string,
    readonly phone: string | null,
    readonly isDefaultShipping: boolean,
    private readonly createdAtTime: number,
  ) {
    Object.freeze(this);
  }

  /** Validates a new address; throws IDENTITY.INVALID_ADDRESS naming every bad field. */
  static create(input: AddressInput, createdAt: Date, isDefaultShipping = false): Address {
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_ADDRESS);
    const value = (input ?? {}) as Partial<AddressInput>;
    if (typeof value.id !== 'string' || value.id.trim() === '') problems.add('id', 'must be a non-empty id');
    const fields = parseFields(value, problems);
    problems.throwIfAny('Invalid address');
    const f = fields as ParsedFields;
    return new Address(
      value.id as string,
      f.label,
      f.name,
      f.line1,
      f.line2,
      f.city,
      f.state,
      f.postalCode,
      f.country,
      f.phone,
      isDefaultShipping,
      createdAt.getTime(),
    );
  }

  /** Rebuilds a stored address without re-checking it. */
  static restore(snapshot: AddressSnapshot): Address {
    return new Address(
      snapshot.id,
      snapshot.label,
      snapshot.name,
      snapshot.line1,
      snapshot.line2,
      snapshot.city,
      snapshot.state,
      snapshot.postalCode,
      snapshot.country,
      snapshot.phone,
      snapshot.isDefaultShipping,
      snapshot.createdAt.getTime(),
    );
  }

  /** A copy with `changes` applied, validated as a whole; throws IDENTITY.INVALID_ADDRESS. */
  withChanges(changes: AddressChanges): Address {
    const current = this.toFields();
    const merged: Record<string, unknown> = { ...current };
    for (const key of CONTENT_KEYS) {
      if (changes && Object.prototype.hasOwnProperty.call(changes, key) && changes[key] !== undefined) merged[key] = changes[key];
    }
    return Address.create({ id: this.id, ...(merged as unknown as AddressFields) }, this.createdAt, this.isDefaultShipping);
  }

  withDefaultShipping(isDefaultShipping: boolean): Address {
    if (isDefaultShipping === this.isDefaultShipping) return this;
    return Address.restore({ ...this.toSnapshot(), isDefaultShipping });
  }

  /** Whether both hold the same address (ignoring id, default flag and age). */
  sameContentAs(other: Address): boolean {
    return CONTENT_KEYS.every((key) => this[key] === other[key]);
  }

  get createdAt(): Date {
    return new Date(this.createdAtTime);
  }

  toFields(): AddressFields {
    return {
      label: this.label,
      name: this.name,
      line1: this.line1,
      line2: this.line2,
      city: this.city,
      state: this.state,
      postalCode: this.postalCode,
      country: this.country,
      phone: this.phone,
    };
  }

  toSnapshot(): AddressSnapshot {
    return {
      id: this.id,
      label: this.label,
      name: this.name,
      line1: this.line1,
      line2: this.line2,
      city: this.city,
      state: this.state,
      postalCode: this.postalCode,
      country: this.country,
      phone: this.phone,
      isDefaultShipping: this.isDefaultShipping,
      createdAt: this.createdAt,
    };
  }
}

type ParsedFields = PostalAddressSnapshot & { label: string | null };

function parseFields(value: Partial<AddressFields>, problems: ValidationProblems): ParsedFields | undefined {
  const start = problems.count;
  const label = optionalText(problems, 'label', value.label, IdentityLimits.ADDRESS_LABEL_MAX);
  const postal = PostalAddress.parse(value as PostalAddressInput, problems);
  if (problems.count > start) return undefined;
  return { label: label as string | null, ...(postal as PostalAddress).toSnapshot() };
}

/** IDENTITY.ADDRESS_NOT_FOUND: also what another user's address id gets, so ids do not leak. */
export function addressNotFound(addressId: string): DomainError {
  return new DomainError(IdentityErrorCodes.ADDRESS_NOT_FOUND, `Address ${String(addressId)} not found`, 'not_found');
}
