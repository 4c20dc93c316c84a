import { identityTestKit, seedUser } from '../../testing';
import { ListUsersUseCase } from './list-users.use-case';

async function setup() {
  const kit = identityTestKit();
  const people = [
    ['ada@example.com', 'Ada', 'Lovelace'],
    ['grace@navy.mil', 'Grace', 'Hopper'],
    ['linus@kernel.org', 'Linus', 'Torvalds'],
    ['margaret@nasa.gov', 'Margaret', 'Hamilton'],
  ];
  for (const [email, firstName, lastName] of people) {
    await seedUser(kit, { email, firstName, lastName });
    kit.clock.advance(60_000);
  }
  return { kit, useCase: new ListUsersUseCase(kit.users) };
}

describe('ListUsersUseCase', () => {
  it('lists newest first with the total, 24 per page by default, and never exposes hashes', async () => {
    const { useCase } = await setup();
    const result = await useCase.execute();
    expect(result).toMatchObject({ total: 4, page: 1, perPage: 24 });
    expect(result.items.map((u) => u.email)).toEqual(['margaret@nasa.gov', 'linus@kernel.org', 'grace@navy.mil', 'ada@example.com']);
    expect(Object.keys(result.items[0]).sort()).toEqual(['createdAt', 'email', 'firstName', 'id', 'lastName', 'role']);
  });

  it('pages', async () => {
    const { useCase } = await setup();
    const page2 = await useCase.execute({ page: 2, perPage: 3 });
    expect(page2.items.map((u) => u.firstName)).toEqual(['Ada']);
    expect(page2.total).toBe(4);
    expect((await useCase.execute({ page: 3, perPage: 3 })).items).toEqual([]);
  });

  it('searches email and names, ignoring case', async () => {
    const { useCase } = await setup();
    expect((await useCase.execute({ q: ' HOPPER ' })).items.map((u) => u.firstName)).toEqual(['Grace']);
    expect((await useCase.execute({ q: '.gov' })).items.map((u) => u.firstName)).toEqual(['Margaret']);
    expect((await useCase.execute({ q: 'nobody' })).total).toBe(0);
  });

  it.each([
    [{ page: 0 }, { page: ['must be a whole number of at least 1'] }],
    [{ perPage: 101 }, { perPage: ['must be a whole number from 1 to 100'] }],
    [{ perPage: 0 }, { perPage: ['must be a whole number from 1 to 100'] }],
    [{ page: 1.5 }, { page: ['must be a whole number of at least 1'] }],
    [{ q: 'x'.repeat(201) }, { q: ['must be at most 200 characters'] }],
  ])('rejects %p instead of clamping', async (input, details) => {
    const { useCase } = await setup();
    await expect(useCase.execute(input)).rejects.toMatchObject({ code: 'IDENTITY.INVALID_QUERY', kind: 'validation', details });
  });
});
