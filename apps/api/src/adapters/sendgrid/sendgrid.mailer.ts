import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import type { MailMessage, Mailer } from '@devgear/application';

export interface SendGridOptions {
  apiKey: string;
  from: string;
  /** Only for tests against a loopback double; production uses SendGrid's default host. */
  baseUrl?: string;
}

/** Email through SendGrid's v3 Mail Send API with the official SDK. */
export class SendGridMailer implements Mailer {
  private readonly mail: MailService;

  constructor(private readonly options: SendGridOptions) {
    const client = new Client();
    client.setApiKey(options.apiKey);
    if (options.baseUrl) client.setDefaultRequest('baseUrl', options.baseUrl);
    this.mail = new MailService();
    this.mail.setClient(client);
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.mail.send({
        to: message.to,
        from: this.options.from,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.tag ? { categories: [message.tag] } : {}),
      });
    } catch (err) {
      const e = err as { code?: number; response?: { body?: unknown } };
      // Never include the API key or the message body; the status and SendGrid's error list are enough.
      throw new Error(`SendGrid refused the message (status ${e.code ?? 'unknown'}): ${JSON.stringify(e.response?.body ?? {}).slice(0, 500)}`);
    }
  }
}
