import { identityTestKit, seedUser } from '../../testing';
import { UpdateProfileUseCase } from './update-profile.use-case';

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  return { kit, user, useCase: new UpdateProfileUseCase(kit) };
}

describe('UpdateProfileUseCase', () => {
  it('changes the given names and saves them', async () => {
    const { kit, user, useCase } = await setup();
    kit.clock.advance(1000);
    const updated = await useCase.execute({ userId: user.id, lastName: '  King ' });
    expect([updated.firstName, updated.lastName]).toEqual(['Ada', 'King']);
    expect(kit.users.row(user.id)).toMatchObject({ firstName: 'Ada', lastName: 'King', updatedAt: kit.clock.now() });
  });

  it('does not save when nothing changes', async () => {
    const { kit, user, useCase } = await setup();
    const save = jest.spyOn(kit.users, 'saveUser');
    await useCase.execute({ userId: user.id, firstName: 'Ada' });
    expect(save).not.toHaveBeenCalled();
  });

  it('rejects blank and over-long names with their field names, saving nothing', async () => {
    const { kit, user, useCase } = await setup();
    await expect(useCase.execute({ userId: user.id, firstName: ' ', lastName: 'x'.repeat(101) })).rejects.toMatchObject({
      kind: 'validation',
      details: { firstName: ['must not be blank'], lastName: ['must be at most 100 characters'] },
    });
    expect(kit.users.row(user.id)).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('is not_found for a user that no longer exists', async () => {
    const { useCase } = await setup();
    await expect(useCase.execute({ userId: 'gone', firstName: 'X' })).rejects.toMatchObject({ kind: 'not_found' });
  });
});
