import { identityTestKit, seedUser } from '../../testing';
import { SendPasswordResetUseCase } from './send-password-reset.use-case';

const options = { storeName: 'DevGear', resetPasswordUrl: 'https://devgear.io/reset-password' };
const HOUR = 60 * 60 * 1000;

async function setup() {
  const kit = identityTestKit();
  const user = await seedUser(kit, { email: 'ada@example.com', firstName: 'Ada' });
  return { kit, user, useCase: new SendPasswordResetUseCase(kit, options) };
}

/** The token in the emailed link. */
function tokenOf(text: string): string {
  const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe('SendPasswordResetUseCase (the outbox handler of password_reset.requested)', () => {
  it('emails a single-use link valid one hour and stores only the token hash', async () => {
    const { kit, user, useCase } = await setup();
    await expect(useCase.execute('req-1', 'ada@example.com')).resolves.toBe('sent');

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
    await useCase.execute('req-1', 'ada@example.com');
    kit.clock.advance(5 * 60_000);
    await useCase.execute('req-2', 'ada@example.com');
    const [first, second] = kit.resets.records();
    expect(first.usedAt).toEqual(kit.clock.now());
    expect(second.usedAt).toBeNull();
  });

  it('sends nothing and stores nothing for an email without an account', async () => {
    const { kit, useCase } = await setup();
    await expect(useCase.execute('req-1', 'nobody@example.com')).resolves.toBe('no_account');
    expect(kit.mailer.sent).toEqual([]);
    expect(kit.resets.records()).toEqual([]);
  });

  it('handles a redelivered request once', async () => {
    const { kit, useCase } = await setup();
    await useCase.execute('req-1', 'ada@example.com');
    await expect(useCase.execute('req-1', 'ada@example.com')).resolves.toBe('already_sent');
    expect(kit.mailer.sent).toHaveLength(1);
    expect(kit.resets.records()).toHaveLength(1);
  });

  it('leaves nothing behind when the email cannot be sent, so the retry from the outbox sends one working link', async () => {
    const { kit, useCase } = await setup();
    kit.mailer.failWith(new Error('provider down'));
    await expect(useCase.execute('req-1', 'ada@example.com')).rejects.toThrow('provider down');
    expect(kit.resets.records()).toEqual([]);
    kit.mailer.recover();
    await expect(useCase.execute('req-1', 'ada@example.com')).resolves.toBe('sent');
    expect(kit.resets.records()).toHaveLength(1);
    expect(kit.resets.records()[0].tokenHash).toBe(kit.tokenHasher.sha256(tokenOf(kit.mailer.sent[0].text)));
  });

  it('takes another lifetime from its options and says so in the email', async () => {
    const kit = identityTestKit();
    await seedUser(kit, { email: 'ada@example.com' });
    await new SendPasswordResetUseCase(kit, { ...options, tokenTtlSeconds: 30 * 60 }).execute('req-1', 'ada@example.com');
    const [record] = kit.resets.records();
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(30 * 60_000);
    expect(kit.mailer.sent[0].text).toContain('for 30 minutes');
  });
});
