import { identityTestKit, seedUser } from '../../testing';
import { RequestPasswordResetUseCase } from './request-password-reset.use-case';

async function setup() {
  const kit = identityTestKit();
  await seedUser(kit, { email: 'ada@example.com', firstName: 'Ada' });
  return { kit, useCase: new RequestPasswordResetUseCase({ events: kit.events, clock: kit.clock }) };
}

describe('RequestPasswordResetUseCase', () => {
  it('only records the request in the outbox, with the normalised email, sending nothing and storing no token', async () => {
    const { kit, useCase } = await setup();
    await expect(useCase.execute({ email: ' ADA@example.com ' })).resolves.toBeUndefined();
    expect(kit.events.events).toEqual([
      { name: 'password_reset.requested', aggregateId: 'password-reset:ada@example.com', occurredAt: kit.clock.now(), payload: { email: 'ada@example.com' } },
    ]);
    expect(kit.mailer.sent).toEqual([]);
    expect(kit.resets.records()).toEqual([]);
  });

  it('does exactly the same for an email without an account: no lookup, one record, so the answer cannot tell them apart', async () => {
    const { kit, useCase } = await setup();
    const lookups = jest.spyOn(kit.users, 'findByEmail');
    await useCase.execute({ email: 'ada@example.com' });
    await useCase.execute({ email: 'nobody@example.com' });
    expect(kit.events.events.map((e) => [e.name, e.payload])).toEqual([
      ['password_reset.requested', { email: 'ada@example.com' }],
      ['password_reset.requested', { email: 'nobody@example.com' }],
    ]);
    expect(lookups).not.toHaveBeenCalled();
  });

  it.each(['', 'not an email', undefined])('succeeds quietly for the malformed email %p, recording nothing', async (email) => {
    const { kit, useCase } = await setup();
    await expect(useCase.execute({ email } as never)).resolves.toBeUndefined();
    expect(kit.events.events).toEqual([]);
  });

  it('fails when the request cannot be recorded, rather than pretend a link is on its way', async () => {
    const { kit, useCase } = await setup();
    kit.events.failWith(new Error('database went away'));
    await expect(useCase.execute({ email: 'ada@example.com' })).rejects.toThrow('database went away');
  });
});
