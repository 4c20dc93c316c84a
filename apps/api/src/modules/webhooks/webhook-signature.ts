import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every partner webhook carries (Stripe's scheme): `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'DevGear-Signature';

/** `t=<t>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

/**
 * What a partner runs (README, "Partner webhooks"): true when one of the header's v1 signatures is
 * the HMAC of "<t>.<raw body>" and t is within `toleranceSeconds` of now (replays of old deliveries fail).
 */
export function verifyWebhook(secret: string, body: string, header: string, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = 300): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return parts
    .filter(([k, v]) => k === 'v1' && v !== undefined)
    .some(([, v]) => v.length === expected.length && timingSafeEqual(Buffer.from(v), expected));
}
