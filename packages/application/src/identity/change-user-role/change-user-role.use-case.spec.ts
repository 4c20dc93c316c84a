import { identityTestKit, seedUser } from '../../testing';
import { ChangeUserRoleUseCase } from './change-user-role.use-case';

async function setup() {
  const kit = identityTestKit();
  const admin = await seedUser(kit, { email: 'admin@example.com', role: 'admin' });
  const customer = await seedUser(kit, { email: 'customer@example.com' });
  return { kit, admin, customer, useCase: new ChangeUserRoleUseCase(kit) };
}

describe('ChangeUserRoleUseCase', () => {
  it('lets an admin promote a customer and demote them again', async () => {
    const { kit, admin, customer, useCase } = await setup();
    expect((await useCase.execute({ actorId: admin.id, userId: customer.id, role: 'admin' })).role).toBe('admin');
    expect(await kit.users.countAdmins()).toBe(2);
    expect((await useCase.execute({ actorId: admin.id, userId: customer.id, role: 'customer' })).role).toBe('customer');
    expect(kit.users.row(customer.id)?.role).toBe('customer');
  });

  it('refuses to demote the last admin, even by themself', async () => {
    const { kit, admin, useCase } = await setup();
    const save = jest.spyOn(kit.users, 'saveUser');
    await expect(useCase.execute({ actorId: admin.id, userId: admin.id, role: 'customer' })).rejects.toMatchObject({
      code: 'IDENTITY.LAST_ADMIN',
      kind: 'invalid_state',
      message: expect.stringContaining('at least one admin'),
    });
    expect(kit.users.row(admin.id)?.role).toBe('admin');
    expect(save).not.toHaveBeenCalled(); // refused up front, not only by the repository's guard
  });

  it('lets an admin step down once there is another admin', async () => {
    const { admin, customer, useCase } = await setup();
    await useCase.execute({ actorId: admin.id, userId: customer.id, role: 'admin' });
    await expect(useCase.execute({ actorId: admin.id, userId: admin.id, role: 'customer' })).resolves.toMatchObject({ role: 'customer' });
  });

  it('keeps an admin when the last two demote each other at the same moment', async () => {
    const { kit, admin, customer, useCase } = await setup();
    await useCase.execute({ actorId: admin.id, userId: customer.id, role: 'admin' });

    const results = await Promise.allSettled([
      useCase.execute({ actorId: admin.id, userId: customer.id, role: 'customer' }),
      useCase.execute({ actorId: customer.id, userId: admin.id, role: 'customer' }),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'IDENTITY.LAST_ADMIN' });
    expect(await kit.users.countAdmins()).toBe(1);
  });

  it('changes nothing when the user already has the role', async () => {
    const { kit, admin, useCase } = await setup();
    const save = jest.spyOn(kit.users, 'saveUser');
    await expect(useCase.execute({ actorId: admin.id, userId: admin.id, role: 'admin' })).resolves.toMatchObject({ role: 'admin' });
    expect(save).not.toHaveBeenCalled();
  });

  it('is forbidden for a customer or an unknown actor', async () => {
    const { kit, customer, useCase } = await setup();
    for (const actorId of [customer.id, 'nobody', '']) {
      await expect(useCase.execute({ actorId, userId: customer.id, role: 'admin' })).rejects.toMatchObject({ kind: 'forbidden' });
    }
    expect(kit.users.row(customer.id)?.role).toBe('customer');
  });

  it('rejects an unknown role and an unknown user', async () => {
    const { admin, customer, useCase } = await setup();
    await expect(useCase.execute({ actorId: admin.id, userId: customer.id, role: 'owner' as never })).rejects.toMatchObject({
      kind: 'validation',
      details: { role: ['must be one of customer, admin'] },
    });
    await expect(useCase.execute({ actorId: admin.id, userId: 'nobody', role: 'admin' })).rejects.toMatchObject({ kind: 'not_found' });
  });
});
