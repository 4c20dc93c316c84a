/** The order events a partner endpoint may subscribe to (CONTRACT.md, "Outbound partner webhooks"). */
export const WEBHOOK_EVENTS = ['order.paid', 'order.packed', 'order.shipped', 'order.delivered', 'order.cancelled', 'order.refunded'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export interface PartnerWebhookEndpoint {
  url: string;
  secret: string;
  events: WebhookEventType[];
}

const isEvent = (e: string): e is WebhookEventType => (WEBHOOK_EVENTS as readonly string[]).includes(e);

function entries(value: string): string[] {
  return value.split(';').map((e) => e.trim()).filter(Boolean);
}

/**
 * What is wrong with a PARTNER_WEBHOOKS value `url|secret|event,event;url|secret|...` (none = valid):
 * each endpoint needs an http(s) URL (https only in production), a secret of 16+ characters and at
 * least one known event.
 */
export function partnerWebhookProblems(value: string, production: boolean): string[] {
  const problems: string[] = [];
  entries(value).forEach((entry, i) => {
    const [url = '', secret = '', events = '', ...rest] = entry.split('|').map((p) => p.trim());
    const where = `endpoint ${i + 1}`;
    if (rest.length) problems.push(`${where}: expected url|secret|event,event`);
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a URL`);
    }
    if (parsed && parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && !production)) {
      problems.push(`${where}: the URL must start with https://${production ? ' when NODE_ENV=production' : ' or http://'}`);
    }
    if (secret.length < 16) problems.push(`${where}: the secret must be at least 16 characters`);
    const names = events.split(',').map((e) => e.trim()).filter(Boolean);
    if (names.length === 0) problems.push(`${where}: name at least one event (${WEBHOOK_EVENTS.join(', ')})`);
    for (const name of names) if (!isEvent(name)) problems.push(`${where}: unknown event "${name}" (one of ${WEBHOOK_EVENTS.join(', ')})`);
  });
  return problems;
}

/** The endpoints of a PARTNER_WEBHOOKS value already checked by partnerWebhookProblems. */
export function parsePartnerWebhooks(value: string): PartnerWebhookEndpoint[] {
  return entries(value).map((entry) => {
    const [url, secret, events] = entry.split('|').map((p) => p.trim());
    return { url, secret, events: events.split(',').map((e) => e.trim()).filter(isEvent) };
  });
}
