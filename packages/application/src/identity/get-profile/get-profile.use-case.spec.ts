import { identityTestKit, seedUser } from '../../testing';
import { GetProfileUseCase } from './get-profile.use-case';

describe('GetProfileUseCase', () => {
  it('returns the signed-in user as stored', async () => {
    const kit = identityTestKit();
    const user = await seedUser(kit, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    const profile = await new GetProfileUseCase(kit.users).execute(user.id);
    expect(profile.toSnapshot()).toEqual(user.toSnapshot());
  });

  it.each(['00000000-0000-4000-8000-00000000ffff', ''])('is not_found for the unknown id %p', async (id) => {
    const kit = identityTestKit();
    await expect(new GetProfileUseCase(kit.users).execute(id)).rejects.toMatchObject({ code: 'IDENTITY.USER_NOT_FOUND', kind: 'not_found' });
  });
});
