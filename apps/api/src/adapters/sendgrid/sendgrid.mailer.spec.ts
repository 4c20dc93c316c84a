import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SendGridMailer } from './sendgrid.mailer';

/** A loopback stand-in for api.sendgrid.com that records what SendGrid would receive. */
let server: Server;
let received: { method?: string; url?: string; headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
let reply: { status: number; body: unknown } = { status: 202, body: '' };
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : {} });
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  received = [];
  reply = { status: 202, body: '' };
});

const message = { to: 'ada@example.com', subject: 'Reset your DevGear password', text: 'Open https://shop/reset?token=abc', html: '<p>Open <a href="https://shop/reset?token=abc">this link</a></p>', tag: 'password-reset' };

it('sends the Mail Send v3 request SendGrid expects', async () => {
  await new SendGridMailer({ apiKey: 'SG.test-key-123', from: 'shop@devgear.test', baseUrl }).send(message);
  expect(received).toHaveLength(1);
  const [r] = received;
  expect(r.method).toBe('POST');
  expect(r.url).toBe('/v3/mail/send');
  expect(r.headers.authorization).toBe('Bearer SG.test-key-123');
  expect(r.headers['content-type']).toMatch(/application\/json/);
  expect(r.body).toMatchObject({
    from: { email: 'shop@devgear.test' },
    subject: message.subject,
    personalizations: [{ to: [{ email: 'ada@example.com' }] }],
    categories: ['password-reset'],
  });
  expect(r.body.content).toEqual([
    { type: 'text/plain', value: message.text },
    { type: 'text/html', value: message.html },
  ]);
});

it('fails loudly, without leaking the key, when SendGrid refuses', async () => {
  reply = { status: 401, body: { errors: [{ message: 'The provided authorization grant is invalid, expired, or revoked' }] } };
  const mailer = new SendGridMailer({ apiKey: 'SG.secret-never-logged', from: 'shop@devgear.test', baseUrl });
  const error = await mailer.send(message).then(() => null, (e: Error) => e);
  expect(error?.message).toMatch(/status 401/);
  expect(error?.message).toMatch(/authorization grant is invalid/);
  expect(error?.message).not.toContain('SG.secret-never-logged');
});
