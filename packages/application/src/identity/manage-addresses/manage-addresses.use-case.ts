import { addressNotFound, type Address, type AddressChanges, type AddressFields } from '@devgear/domain';
import type { Clock } from '../../ports/clock.port';
import type { IdGenerator } from '../../ports/id-generator.port';
import type { UserRepository } from '../../ports/user-repository.port';
import { requireUser } from '../identity.failures';

export interface AddAddressInput extends AddressFields {
  /** true makes it the default shipping address; the first address is the default anyway. */
  isDefaultShipping?: boolean;
}

export interface UpdateAddressInput extends AddressChanges {
  /** true makes it the default; false is refused on the default (make another one the default). */
  isDefaultShipping?: boolean;
}

export interface ManageAddressesDeps {
  users: UserRepository;
  ids: IdGenerator;
  clock: Clock;
}

/**
 * /me/addresses: the signed-in user's address book. Every operation works on the caller's own
 * addresses only: another user's address id is not_found, exactly like an id that never existed.
 */
export class ManageAddressesUseCase {
  constructor(private readonly deps: ManageAddressesDeps) {}

  /** Oldest first. */
  async list(userId: string): Promise<Address[]> {
    const user = await requireUser(this.deps.users, userId);
    return [...user.addresses];
  }

  async get(userId: string, addressId: string): Promise<Address> {
    const user = await requireUser(this.deps.users, userId);
    const address = user.address(addressId);
    if (!address) throw addressNotFound(addressId);
    return address;
  }

  async add(userId: string, input: AddAddressInput): Promise<Address> {
    const user = await requireUser(this.deps.users, userId);
    const { isDefaultShipping, ...fields } = input;
    const address = user.addAddress({ ...fields, id: this.deps.ids.next() }, this.deps.clock.now(), { defaultShipping: isDefaultShipping === true });
    await this.deps.users.saveUser(user);
    return address;
  }

  async update(userId: string, addressId: string, input: UpdateAddressInput): Promise<Address> {
    const user = await requireUser(this.deps.users, userId);
    const { isDefaultShipping, ...changes } = input;
    const address = user.updateAddress(addressId, changes, this.deps.clock.now(), { defaultShipping: isDefaultShipping });
    await this.deps.users.saveUser(user);
    return address;
  }

  async remove(userId: string, addressId: string): Promise<void> {
    const user = await requireUser(this.deps.users, userId);
    user.removeAddress(addressId, this.deps.clock.now());
    await this.deps.users.saveUser(user);
  }

  async setDefault(userId: string, addressId: string): Promise<Address> {
    const user = await requireUser(this.deps.users, userId);
    const address = user.setDefaultShipping(addressId, this.deps.clock.now());
    await this.deps.users.saveUser(user);
    return address;
  }
}
