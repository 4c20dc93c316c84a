/** An email ready for the Mailer, in plain text and HTML. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface WelcomeEmailInput {
  firstName: string;
  storeName: string;
  /** The storefront's home page. */
  storeUrl: string;
}

export interface PasswordResetEmailInput {
  firstName: string;
  storeName: string;
  /** The web page that reads ?token= and asks for the new password. */
  resetPasswordUrl: string;
  token: string;
  validForMinutes: number;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** `baseUrl` with the token added as the `token` query parameter (before any #fragment). */
export function passwordResetLink(baseUrl: string, token: string): string {
  const hashAt = baseUrl.indexOf('#');
  const base = hashAt >= 0 ? baseUrl.slice(0, hashAt) : baseUrl;
  const fragment = hashAt >= 0 ? baseUrl.slice(hashAt) : '';
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}token=${encodeURIComponent(token)}${fragment}`;
}

/** Names come from users: one line, no control characters, so the text version stays tidy. */
function oneLine(text: string): string {
  return String(text).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The HTML frame every email shares: the body, then the store's name as a footer. */
export function emailLayout(storeName: string, body: string): string {
  const store = escapeHtml(storeName);
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><title>' + store + '</title></head>',
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328;">',
    body,
    `<p style="color: #656d76; font-size: 12px;">${store}</p>`,
    '</body></html>',
  ].join('\n');
}

function welcome(input: WelcomeEmailInput): RenderedEmail {
  const name = oneLine(input.firstName);
  const text = [
    `Hi ${name},`,
    '',
    `welcome to ${input.storeName}! Your account is ready.`,
    `Start shopping: ${input.storeUrl}`,
    '',
    `If you did not create this account, you can ignore this email.`,
    '',
    `- ${input.storeName}`,
  ].join('\n');
  const html = emailLayout(
    input.storeName,
    [
      `<p>Hi ${escapeHtml(name)},</p>`,
      `<p>welcome to ${escapeHtml(input.storeName)}! Your account is ready.</p>`,
      `<p><a href="${escapeHtml(input.storeUrl)}">Start shopping</a></p>`,
      '<p>If you did not create this account, you can ignore this email.</p>',
    ].join('\n'),
  );
  return { subject: `Welcome to ${input.storeName}`, text, html };
}

function passwordReset(input: PasswordResetEmailInput): RenderedEmail {
  const name = oneLine(input.firstName);
  const link = passwordResetLink(input.resetPasswordUrl, input.token);
  const validity = input.validForMinutes % 60 === 0 ? plural(input.validForMinutes / 60, 'hour') : plural(input.validForMinutes, 'minute');
  const text = [
    `Hi ${name},`,
    '',
    `someone asked to reset the password of your ${input.storeName} account.`,
    `Choose a new password here (the link works once, for ${validity}):`,
    link,
    '',
    'If it was not you, ignore this email: your password stays as it is.',
    '',
    `- ${input.storeName}`,
  ].join('\n');
  const html = emailLayout(
    input.storeName,
    [
      `<p>Hi ${escapeHtml(name)},</p>`,
      `<p>someone asked to reset the password of your ${escapeHtml(input.storeName)} account.</p>`,
      `<p><a href="${escapeHtml(link)}">Choose a new password</a> (the link works once, for ${validity}).</p>`,
      `<p style="font-size: 12px; word-break: break-all;">${escapeHtml(link)}</p>`,
      '<p>If it was not you, ignore this email: your password stays as it is.</p>',
    ].join('\n'),
  );
  return { subject: `Reset your ${input.storeName} password`, text, html };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** The identity context's emails: pure functions of their input. */
export const EmailTemplates = { welcome, passwordReset } as const;
