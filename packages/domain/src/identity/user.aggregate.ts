import { AggregateRoot } from '../shared/aggregate-root';
import { DomainError } from '../shared/domain-error';
import { Email } from '../shared/email.value-object';
import { ValidationProblems, requiredText } from '../shared/validation-problems';
import { Address, addressNotFound, type AddressChanges, type AddressInput, type AddressSnapshot } from './address.entity';
import { IdentityErrorCodes, IdentityLimits } from './identity.errors';
import { IdentityEvents, type UserRegisteredPayload } from './identity.events';
import { USER_ROLES, isUserRole, type UserRole } from './user-role';

export interface RegisterUserProps {
  id: string;
  /** Any case; stored normalised (trimmed, lower-case). */
  email: string;
  firstName: string;
  lastName: string;
  /** The hash of a password that already passed PasswordPolicy; opaque to the domain. */
  passwordHash: string;
  /** 'customer' unless given. */
  role?: UserRole;
}

/** A partial edit of the profile: each field present replaces the current one. */
export interface UpdateProfileProps {
  firstName?: string;
  lastName?: string;
}

export interface AddressDefaultOption {
  /**
   * true makes this the default shipping address. false is only refused on the current default
   * (there must be one while any address exists); the first address is the default regardless.
   */
  defaultShipping?: boolean;
}

/** Plain data of a user, for repositories (no class instances, dates as Date). */
export interface UserSnapshot {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  passwordHash: string;
  /** Oldest first. */
  addresses: AddressSnapshot[];
  createdAt: Date;
  updatedAt: Date;
}

interface UserState {
  id: string;
  email: Email;
  firstName: string;
  lastName: string;
  role: UserRole;
  passwordHash: string;
  addresses: Address[];
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A customer or admin account with its address book. Keeps the address rules true: at most 20
 * addresses, and exactly one default shipping address whenever there is any.
 */
export class User extends AggregateRoot {
  private constructor(private state: UserState) {
    super();
  }

  /** A new account; records 'user.registered'. */
  static register(props: RegisterUserProps, now: Date): User {
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_USER);
    if (typeof props.id !== 'string' || props.id.trim() === '') problems.add('id', 'must be a non-empty id');
    const email = problems.capture('email', () => Email.create(props.email));
    const firstName = requiredText(problems, 'firstName', props.firstName, IdentityLimits.NAME_MAX);
    const lastName = requiredText(problems, 'lastName', props.lastName, IdentityLimits.NAME_MAX);
    const role = props.role ?? 'customer';
    if (!isUserRole(role)) problems.add('role', `must be one of ${USER_ROLES.join(', ')}`, IdentityErrorCodes.INVALID_ROLE);
    if (typeof props.passwordHash !== 'string' || props.passwordHash === '') problems.add('password', 'must be set');
    problems.throwIfAny('Invalid user');

    const at = new Date(now.getTime());
    const user = new User({
      id: props.id,
      email: email as Email,
      firstName: firstName as string,
      lastName: lastName as string,
      role,
      passwordHash: props.passwordHash,
      addresses: [],
      createdAt: at,
      updatedAt: at,
    });
    user.record<UserRegisteredPayload>({
      name: IdentityEvents.USER_REGISTERED,
      aggregateId: user.id,
      occurredAt: new Date(at.getTime()),
      payload: { userId: user.id, email: user.email },
    });
    return user;
  }

  /** Rebuilds a stored user as it was: no rules re-checked, no events recorded. */
  static restore(snapshot: UserSnapshot): User {
    const addresses = snapshot.addresses.map((a) => Address.restore(a)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return new User({
      id: snapshot.id,
      email: Email.create(snapshot.email),
      firstName: snapshot.firstName,
      lastName: snapshot.lastName,
      role: snapshot.role,
      passwordHash: snapshot.passwordHash,
      addresses,
      createdAt: new Date(snapshot.createdAt.getTime()),
      updatedAt: new Date(snapshot.updatedAt.getTime()),
    });
  }

  /** Replaces the given names (trimmed, 1..100 characters). Returns whether anything changed. */
  updateProfile(changes: UpdateProfileProps, now: Date): boolean {
    const problems = new ValidationProblems(IdentityErrorCodes.INVALID_USER);
    const firstName =
      changes.firstName === undefined ? this.state.firstName : requiredText(problems, 'firstName', changes.firstName, IdentityLimits.NAME_MAX);
    const lastName =
      changes.lastName === undefined ? this.state.lastName : requiredText(problems, 'lastName', changes.lastName, IdentityLimits.NAME_MAX);
    problems.throwIfAny('Invalid profile');
    if (firstName === this.state.firstName && lastName === this.state.lastName) return false;
    this.state = { ...this.state, firstName: firstName as string, lastName: lastName as string };
    this.touch(now);
    return true;
  }

  /**
   * Makes the user a customer or an admin. Returns whether anything changed. That the store
   * keeps at least one admin is a rule across users, checked by the use case and the repository.
   */
  changeRole(role: UserRole, now: Date): boolean {
    if (!isUserRole(role)) {
      throw new DomainError(IdentityErrorCodes.INVALID_ROLE, `Unknown role "${String(role)}"`, 'validation', {
        role: [`must be one of ${USER_ROLES.join(', ')}`],
      });
    }
    if (role === this.state.role) return false;
    this.state = { ...this.state, role };
    this.touch(now);
    return true;
  }

  /** Stores the hash of a new password (checked against PasswordPolicy by the caller). */
  setPasswordHash(passwordHash: string, now: Date): void {
    if (typeof passwordHash !== 'string' || passwordHash === '') {
      throw new DomainError(IdentityErrorCodes.INVALID_USER, 'A password hash must be a non-empty string');
    }
    this.state = { ...this.state, passwordHash };
    this.touch(now);
  }

  /** Adds an address; the first one becomes the default shipping address. */
  addAddress(input: AddressInput, now: Date, options: AddressDefaultOption = {}): Address {
    const addresses = this.state.addresses;
    if (addresses.length >= IdentityLimits.ADDRESSES_MAX) {
      throw new DomainError(
        IdentityErrorCodes.TOO_MANY_ADDRESSES,
        `An address book holds at most ${IdentityLimits.ADDRESSES_MAX} addresses; remove one first`,
        'validation',
        { addresses: [`must contain at most ${IdentityLimits.ADDRESSES_MAX} addresses`] },
      );
    }
    const makeDefault = addresses.length === 0 || options.defaultShipping === true;
    const address = Address.create(input, now, makeDefault);
    if (addresses.some((a) => a.id === address.id)) {
      throw new DomainError(IdentityErrorCodes.DUPLICATE_ADDRESS, `User ${this.id} already has address ${address.id}`, 'conflict', {
        id: ['is already used by another address'],
      });
    }
    const others = makeDefault ? addresses.map((a) => a.withDefaultShipping(false)) : addresses;
    this.state = { ...this.state, addresses: [...others, address] };
    this.touch(now);
    return address;
  }

  /** Edits an address (validated as a whole) and returns the new version. */
  updateAddress(addressId: string, changes: AddressChanges, now: Date, options: AddressDefaultOption = {}): Address {
    const current = this.findAddress(addressId);
    if (options.defaultShipping === false && current.isDefaultShipping) {
      throw new DomainError(
        IdentityErrorCodes.DEFAULT_ADDRESS_REQUIRED,
        'The default shipping address cannot be unset; make another address the default instead',
        'validation',
        { is_default_shipping: ['cannot be unset: make another address the default shipping address instead'] },
      );
    }
    const updated = current.withChanges(changes);
    const contentChanged = !updated.sameContentAs(current);
    if (contentChanged) {
      this.state = { ...this.state, addresses: this.state.addresses.map((a) => (a.id === addressId ? updated : a)) };
      this.touch(now);
    }
    if (options.defaultShipping === true) return this.setDefaultShipping(addressId, now);
    return this.findAddress(addressId);
  }

  /** Removes an address; when it was the default, the oldest remaining one becomes the default. */
  removeAddress(addressId: string, now: Date): Address {
    const removed = this.findAddress(addressId);
    let addresses = this.state.addresses.filter((a) => a.id !== addressId);
    if (removed.isDefaultShipping && addresses.length > 0) {
      const oldest = addresses.reduce((a, b) => (b.createdAt.getTime() < a.createdAt.getTime() ? b : a));
      addresses = addresses.map((a) => (a.id === oldest.id ? a.withDefaultShipping(true) : a));
    }
    this.state = { ...this.state, addresses };
    this.touch(now);
    return removed;
  }

  /** Makes an address the default shipping address (and no other). */
  setDefaultShipping(addressId: string, now: Date): Address {
    const target = this.findAddress(addressId);
    if (target.isDefaultShipping) return target;
    this.state = {
      ...this.state,
      addresses: this.state.addresses.map((a) => a.withDefaultShipping(a.id === addressId)),
    };
    this.touch(now);
    return this.findAddress(addressId);
  }

  get id(): string {
    return this.state.id;
  }
  /** Normalised (lower-case). */
  get email(): string {
    return this.state.email.value;
  }
  get firstName(): string {
    return this.state.firstName;
  }
  get lastName(): string {
    return this.state.lastName;
  }
  get role(): UserRole {
    return this.state.role;
  }
  get isAdmin(): boolean {
    return this.state.role === 'admin';
  }
  get passwordHash(): string {
    return this.state.passwordHash;
  }
  /** Oldest first. */
  get addresses(): readonly Address[] {
    return [...this.state.addresses];
  }
  get defaultShippingAddress(): Address | null {
    return this.state.addresses.find((a) => a.isDefaultShipping) ?? null;
  }
  get createdAt(): Date {
    return new Date(this.state.createdAt.getTime());
  }
  get updatedAt(): Date {
    return new Date(this.state.updatedAt.getTime());
  }

  /** The address with this id, or null (another user's address is never found). */
  address(addressId: string): Address | null {
    return this.state.addresses.find((a) => a.id === addressId) ?? null;
  }

  toSnapshot(): UserSnapshot {
    const s = this.state;
    return {
      id: s.id,
      email: s.email.value,
      firstName: s.firstName,
      lastName: s.lastName,
      role: s.role,
      passwordHash: s.passwordHash,
      addresses: s.addresses.map((a) => a.toSnapshot()),
      createdAt: new Date(s.createdAt.getTime()),
      updatedAt: new Date(s.updatedAt.getTime()),
    };
  }

  private findAddress(addressId: string): Address {
    const address = this.address(addressId);
    if (!address) throw addressNotFound(addressId);
    return address;
  }

  private touch(now: Date): void {
    this.state = { ...this.state, updatedAt: new Date(now.getTime()) };
  }
}
