import { identityTestKit, seedUser } from '../../testing';
import { SendWelcomeEmailUseCase } from './send-welcome-email.use-case';

const options = { storeName: 'DevGear', storeUrl: 'https://devgear.io' };

describe('SendWelcomeEmailUseCase (the outbox handler of user.registered)', () => {
  it('greets the customer by first name, once however often the event is delivered', async () => {
    const kit = identityTestKit();
    const user = await seedUser(kit, { email: 'grace@example.com', firstName: 'Grace <b>' });
    const useCase = new SendWelcomeEmailUseCase(kit, options);
    await expect(useCase.execute(user.id)).resolves.toBe('sent');
    await expect(useCase.execute(user.id)).resolves.toBe('already_sent');
    expect(kit.mailer.sent).toHaveLength(1);
    const [mail] = kit.mailer.sent;
    expect(mail).toMatchObject({ to: 'grace@example.com', subject: 'Welcome to DevGear', tag: 'welcome' });
    expect(mail.text).toContain('Hi Grace <b>,');
    expect(mail.html).toContain('Hi Grace &lt;b&gt;,');
  });

  it('gives the claim back when the mail fails, so the outbox retry sends it', async () => {
    const kit = identityTestKit();
    const user = await seedUser(kit, { email: 'grace@example.com' });
    const useCase = new SendWelcomeEmailUseCase(kit, options);
    kit.mailer.failWith(new Error('SMTP 421 try later'));
    await expect(useCase.execute(user.id)).rejects.toThrow('SMTP 421');
    kit.mailer.recover();
    await expect(useCase.execute(user.id)).resolves.toBe('sent');
  });

  it('does nothing for a user that no longer exists', async () => {
    const kit = identityTestKit();
    await expect(new SendWelcomeEmailUseCase(kit, options).execute('gone')).resolves.toBe('unknown_user');
    expect(kit.mailer.sent).toEqual([]);
  });
});
