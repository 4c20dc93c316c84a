import { EmailTemplates, escapeHtml, passwordResetLink } from './email-templates';

describe('escapeHtml', () => {
  it('escapes the characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});

describe('passwordResetLink', () => {
  it.each([
    ['https://devgear.io/reset-password', 'https://devgear.io/reset-password?token=abc-_1'],
    ['https://devgear.io/reset?lang=de', 'https://devgear.io/reset?lang=de&token=abc-_1'],
    ['https://devgear.io/reset?', 'https://devgear.io/reset?token=abc-_1'],
    ['https://devgear.io/#/reset', 'https://devgear.io/?token=abc-_1#/reset'],
  ])('%p -> %p', (base, link) => {
    expect(passwordResetLink(base, 'abc-_1')).toBe(link);
  });

  it('encodes a token that is not URL-safe', () => {
    expect(passwordResetLink('https://x.io/r', 'a+b/c=')).toBe('https://x.io/r?token=a%2Bb%2Fc%3D');
  });
});

describe('EmailTemplates.welcome', () => {
  const input = { firstName: 'Ada', storeName: 'DevGear', storeUrl: 'https://devgear.io' };

  it('greets by first name in text and HTML and links the store', () => {
    const email = EmailTemplates.welcome(input);
    expect(email.subject).toBe('Welcome to DevGear');
    expect(email.text).toContain('Hi Ada,');
    expect(email.text).toContain('https://devgear.io');
    expect(email.html).toContain('<p>Hi Ada,</p>');
    expect(email.html).toContain('<a href="https://devgear.io">');
  });

  it('escapes a name that contains HTML, and keeps the text version readable', () => {
    const email = EmailTemplates.welcome({ ...input, firstName: '<script>alert("x")</script> & Co' });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.text).toContain('Hi <script>alert("x")</script> & Co,');
  });

  it('keeps a name with line breaks on one line', () => {
    expect(EmailTemplates.welcome({ ...input, firstName: 'Ada\r\nBcc: victim@example.com' }).text.split('\n')[0]).toBe(
      'Hi Ada Bcc: victim@example.com,',
    );
  });
});

describe('EmailTemplates.passwordReset', () => {
  const input = { firstName: 'Ada', storeName: 'DevGear', resetPasswordUrl: 'https://devgear.io/reset-password', token: 'T0k3n_-x', validForMinutes: 60 };

  it('contains the link with the token in both versions and says how long it works', () => {
    const email = EmailTemplates.passwordReset(input);
    const link = 'https://devgear.io/reset-password?token=T0k3n_-x';
    expect(email.subject).toBe('Reset your DevGear password');
    expect(email.text).toContain(link);
    expect(email.text).toContain('for 1 hour');
    expect(email.html).toContain(`<a href="${link}">`);
    expect(email.html).toContain('for 1 hour');
  });

  it('escapes the link inside the HTML attribute', () => {
    const email = EmailTemplates.passwordReset({ ...input, resetPasswordUrl: 'https://devgear.io/reset?a=1&b="2"' });
    expect(email.html).toContain('href="https://devgear.io/reset?a=1&amp;b=&quot;2&quot;&amp;token=T0k3n_-x"');
  });

  it('writes other lifetimes in minutes', () => {
    expect(EmailTemplates.passwordReset({ ...input, validForMinutes: 30 }).text).toContain('for 30 minutes');
    expect(EmailTemplates.passwordReset({ ...input, validForMinutes: 120 }).text).toContain('for 2 hours');
  });
});
