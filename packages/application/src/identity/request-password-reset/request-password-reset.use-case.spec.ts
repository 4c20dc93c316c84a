import { identityTestKit, seedUser } from '../../testing';
import { RequestPasswordResetUseCase } from './request-password-reset.use-case';

const options = { storeName: 'DevGear', resetPasswordUrl: 'https://devgear.io/reset-password' };
const HOUR = 60 * 60 * 1000;

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', firstName: 'Ada' });
  return { kit, user, useCase: new RequestPasswordResetUseCase(kit, options) };
}

/** The token in the emailed link. */
function tokenOf(text: string): string {
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe('RequestPasswordResetUseCase', () => {
  it('emails a single-use link valid one hour and stores only the token hash', async () => {
    const { kit, user, useCase } = await setup();
    await expect(useCase.execute({ email: ' ADA@example.com ' })).resolves.toBeUndefined();

    expect(kit.mailer.sent).toHaveLength(1);
    const [mail] = kit.mailer.sent;
    expect(mail).toMatchObject({ to: 'ada@example.com', subject: 'Reset your DevGear password', tag: 'password_reset' });
    const token = tokenOf(mail.text);
    expect(token).toHaveLength(43); // 256 bits
    expect(mail.html).toContain(`https://devgear.io/reset-password?token=${token}`);

    const [record] = kit.resets.records();
    expect(record).toEqual({
      id: expect.any(String),
      userId: user.id,
      tokenHash: kit.tokenHasher.sha256(token),
      createdAt: kit.clock.now(),
      expiresAt: new Date(kit.clock.now().getTime() + HOUR),
      usedAt: null,
    });
    expect(JSON.stringify(kit.resets.records())).not.toContain(token);
  });

  it('invalidates the links sent before: only the newest works', async () => {
    const { kit, useCase } = await setup();
    await useCase.execute({ email: 'ada@example.com' });
    kit.clock.advance(5 * 60_000);
    await useCase.execute({ email: 'ada@example.com' });

    const [first, second] = kit.resets.records();
    expect(first.usedAt).toEqual(kit.clock.now());
    expect(second.usedAt).toBeNull();
  });

  it('succeeds for an unknown email, with the same token and hashing work, sending and storing nothing', async () => {
    const { kit, useCase } = await setup();
    await useCase.execute({ email: 'ada@example.com' });
    const known = { random: kit.random.issued.length, hashed: kit.tokenHasher.hashed.length };

    await expect(useCase.execute({ email: 'nobody@example.com' })).resolves.toBeUndefined();

    expect(kit.random.issued.length - known.random).toBe(known.random);
    expect(kit.tokenHasher.hashed.length - known.hashed).toBe(known.hashed);
    expect(kit.mailer.sent).toHaveLength(1);
    expect(kit.resets.records()).toHaveLength(1);
  });

  it.each(['', 'not an email', undefined])('succeeds quietly for the malformed email %p', async (email) => {
    const { kit, useCase } = await setup();
    await expect(useCase.execute({ email } as never)).resolves.toBeUndefined();
    expect(kit.mailer.sent).toEqual([]);
  });

  it('still succeeds when the email cannot be sent, and reports it', async () => {
    const { kit, user, useCase } = await setup();
    const outage = new Error('provider down');
    kit.mailer.failWith(outage);
    await expect(useCase.execute({ email: 'ada@example.com' })).resolves.toBeUndefined();
    expect(kit.errors.reports).toEqual([{ error: outage, context: { operation: 'identity.password_reset.email', userId: user.id } }]);
  });

  it('takes another lifetime from its options and says so in the email', async () => {
    const kit = identityTestKit();
    await seedUser(kit, { email: 'ada@example.com' });
    await new RequestPasswordResetUseCase(kit, { ...options, tokenTtlSeconds: 30 * 60 }).execute({ email: 'ada@example.com' });
    const [record] = kit.resets.records();
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(30 * 60_000);
    expect(kit.mailer.sent[0].text).toContain('for 30 minutes');
  });
});
