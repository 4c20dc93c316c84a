import { identityTestKit, seedUser } from '../../testing';
import { ManageAddressesUseCase, type AddAddressInput } from './manage-addresses.use-case';

function home(overrides: Partial<AddAddressInput> = {}): AddAddressInput {
  return { label: 'Home', name: 'Ada Lovelace', line1: '12 St James Square', city: 'London', postalCode: 'SW1Y 4JH', country: 'gb', ...overrides };
}

async function setup() {
  const kit = identityTestKit();
  const ada = await seedUser(kit, { email: 'ada@example.com' });
  const bob = await seedUser(kit, { email: 'bob@example.com', firstName: 'Bob' });
  return { kit, ada, bob, useCase: new ManageAddressesUseCase(kit) };
}

const defaults = async (useCase: ManageAddressesUseCase, userId: string) =>
  (await useCase.list(userId)).filter((a) => a.isDefaultShipping).map((a) => a.label);

describe('ManageAddressesUseCase', () => {
  it('adds addresses with generated ids; the first becomes the default shipping address', async () => {
    const { kit, ada, useCase } = await setup();
    const first = await useCase.add(ada.id, home());
    const second = await useCase.add(ada.id, home({ label: 'Office', line1: '1 Babbage Road' }));

    expect(first).toMatchObject({ label: 'Home', country: 'GB', isDefaultShipping: true });
    expect(second.isDefaultShipping).toBe(false);
    expect(first.id).not.toBe(second.id);
    expect((await useCase.list(ada.id)).map((a) => a.label)).toEqual(['Home', 'Office']);
    expect(kit.users.row(ada.id)?.addresses).toHaveLength(2);
  });

  it('can add an address as the new default, leaving exactly one', async () => {
    const { ada, useCase } = await setup();
    await useCase.add(ada.id, home());
    await useCase.add(ada.id, home({ label: 'Office' }));
    await useCase.add(ada.id, home({ label: 'Parents', isDefaultShipping: true }));
    expect(await defaults(useCase, ada.id)).toEqual(['Parents']);
  });

  it('updates an address and can make it the default', async () => {
    const { ada, useCase } = await setup();
    await useCase.add(ada.id, home());
    const office = await useCase.add(ada.id, home({ label: 'Office' }));
    const updated = await useCase.update(ada.id, office.id, { city: 'Cambridge', line2: 'Floor 3', isDefaultShipping: true });
    expect(updated).toMatchObject({ city: 'Cambridge', line2: 'Floor 3', isDefaultShipping: true });
    expect(await useCase.get(ada.id, office.id)).toEqual(updated);
    expect(await defaults(useCase, ada.id)).toEqual(['Office']);
  });

  it('refuses to unset the default without naming another', async () => {
    const { ada, useCase } = await setup();
    const first = await useCase.add(ada.id, home());
    await expect(useCase.update(ada.id, first.id, { isDefaultShipping: false })).rejects.toMatchObject({
      code: 'IDENTITY.DEFAULT_ADDRESS_REQUIRED',
      kind: 'validation',
    });
    expect(await defaults(useCase, ada.id)).toEqual(['Home']);
  });

  it('sets the default and, when the default is removed, promotes the oldest remaining address', async () => {
    const { kit, ada, useCase } = await setup();
    await useCase.add(ada.id, home());
    kit.clock.advance(1000);
    await useCase.add(ada.id, home({ label: 'Office' }));
    kit.clock.advance(1000);
    const parents = await useCase.add(ada.id, home({ label: 'Parents' }));

    await useCase.setDefault(ada.id, parents.id);
    expect(await defaults(useCase, ada.id)).toEqual(['Parents']);
    await useCase.remove(ada.id, parents.id);
    expect(await defaults(useCase, ada.id)).toEqual(['Home']);
  });

  it("treats another user's address as not found, and leaves it alone", async () => {
    const { ada, bob, useCase } = await setup();
    const bobs = await useCase.add(bob.id, home({ name: 'Bob' }));

    for (const attempt of [
      () => useCase.get(ada.id, bobs.id),
      () => useCase.update(ada.id, bobs.id, { city: 'Hijacked' }),
      () => useCase.remove(ada.id, bobs.id),
      () => useCase.setDefault(ada.id, bobs.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'IDENTITY.ADDRESS_NOT_FOUND', kind: 'not_found' });
    }
    expect(await useCase.list(bob.id)).toEqual([bobs]);
    expect(await useCase.list(ada.id)).toEqual([]);
  });

  it('stops at 20 addresses', async () => {
    const { ada, useCase } = await setup();
    for (let i = 0; i < 20; i++) await useCase.add(ada.id, home({ label: `A${i}` }));
    await expect(useCase.add(ada.id, home({ label: 'one too many' }))).rejects.toMatchObject({ code: 'IDENTITY.TOO_MANY_ADDRESSES' });
    expect(await useCase.list(ada.id)).toHaveLength(20);
  });

  it('reports invalid fields with their field names and stores nothing', async () => {
    const { kit, ada, useCase } = await setup();
    await expect(useCase.add(ada.id, home({ postalCode: '', country: 'XX' }))).rejects.toMatchObject({
      kind: 'validation',
      details: { postalCode: ['must not be blank'], country: ['must be an ISO 3166-1 alpha-2 country code such as US or DE'] },
    });
    expect(kit.users.row(ada.id)?.addresses).toEqual([]);
  });

  it('is not_found for a user that no longer exists', async () => {
    const { useCase } = await setup();
    await expect(useCase.list('gone')).rejects.toMatchObject({ code: 'IDENTITY.USER_NOT_FOUND' });
  });
});
