import { createServer, type Server } from 'node:http';

export interface ReceivedWebhook {
  path: string;
  signature: string;
  raw: string;
  body: { id: string; type: string; created_at: string; data: { order: { id: string; status: string; [k: string]: unknown } } };
  status: number;
  at: number;
}

/**
 * A partner's webhook endpoint on loopback: records every POST (raw body, DevGear-Signature) and
 * answers with what `respond(path)` says (200 unless told otherwise).
 */
export async function startWebhookReceiver(port: number) {
  const received: ReceivedWebhook[] = [];
  const statusFor = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0];
      const status = statusFor.get(path) ?? 200;
      let body: ReceivedWebhook['body'];
      try {
        body = JSON.parse(raw);
      } catch {
        res.writeHead(400).end('not JSON');
        return;
      }
      received.push({ path, signature: String(req.headers['devgear-signature'] ?? ''), raw, body, status, at: Date.now() });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'partner is down');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    /** From now on `path` answers `status`. */
    respond(path: string, status: number) {
      statusFor.set(path, status);
    },
    /** The deliveries of one order to one path, in arrival order. */
    of(orderId: string, path?: string) {
      return received.filter((r) => r.body.data?.order?.id === orderId && (!path || r.path === path));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
