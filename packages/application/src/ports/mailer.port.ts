export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A category for the provider's statistics: 'welcome', 'password_reset'. */
  tag?: string;
}

/** Sends one email (SendGrid, or the development mailbox). Rejects when it could not be handed over. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
