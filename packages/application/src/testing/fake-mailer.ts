import type { MailMessage, Mailer } from '../ports/mailer.port';

/** Records what would be sent; can be told to fail like a provider outage. */
export class FakeMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  private failure: Error | null = null;

  async send(message: MailMessage): Promise<void> {
    if (this.failure) throw this.failure;
    this.sent.push({ ...message });
  }

  /** Every later send rejects with `error` until recover(). */
  failWith(error: Error = new Error('mail provider unavailable')): void {
    this.failure = error;
  }

  recover(): void {
    this.failure = null;
  }

  /** The messages sent to one address. */
  to(address: string): MailMessage[] {
    return this.sent.filter((m) => m.to === address);
  }
}
