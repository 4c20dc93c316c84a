import { sql } from './child-app';

/** Statuses in which an order's units are sold or held for it. */
const HOLDING = ['pending', 'paid', 'packed', 'shipped', 'delivered'];

/**
 * The books of CONTRACT.md's "Atomicity", read straight from the database after a crash and a
 * restart; returns every problem found (none = balanced):
 * - stock: for each tracked variant, initial = available + units held by unreleased reservations,
 *   and no variant below zero;
 * - reservations: an order holds exactly its lines while its status holds stock, nothing after;
 * - idempotency: no order is named by two keys, no key by two orders that count;
 * - events: every paid order has exactly one 'order.paid', others none;
 * - money: every charge the provider took belongs to a paid order or was refunded;
 * - emails (when `drained`): one confirmation per paid order, no outbox message left undelivered.
 */
export async function bookProblems(url: string, initial: ReadonlyMap<string, number>, options: { drained?: boolean; noPending?: boolean } = {}): Promise<string[]> {
  const problems: string[] = [];
  const stock = await sql<{ id: string; available: number; held: string }>(
    url,
    `SELECT v.id, v.available, coalesce((SELECT sum(quantity) FROM stock_reservations r WHERE r.variant_id = v.id AND r.released_at IS NULL), 0)::text AS held
     FROM variants v WHERE v.id = ANY($1::uuid[])`,
    [[...initial.keys()]],
  );
  for (const v of stock) {
    const expected = initial.get(v.id) ?? 0;
    if (v.available + Number(v.held) !== expected) problems.push(`variant ${v.id}: available ${v.available} + held ${v.held} != initial ${expected}`);
  }
  const negative = await sql<{ id: string }>(url, `SELECT id FROM variants WHERE available < 0`);
  for (const v of negative) problems.push(`variant ${v.id} has negative stock`);

  const mismatched = await sql<{ order_id: string; status: string; lines: string; held: string }>(
    url,
    `SELECT o.id AS order_id, o.status::text AS status,
            (SELECT coalesce(sum(quantity), 0) FROM order_lines l WHERE l.order_id = o.id)::text AS lines,
            (SELECT coalesce(sum(quantity), 0) FROM stock_reservations r WHERE r.order_id = o.id AND r.released_at IS NULL)::text AS held
     FROM orders o`,
  );
  for (const o of mismatched) {
    const want = HOLDING.includes(o.status) ? o.lines : '0';
    if (o.held !== want) problems.push(`order ${o.order_id} (${o.status}) holds ${o.held} units, should hold ${want}`);
  }
  if (options.noPending) {
    const pending = await sql<{ id: string }>(url, `SELECT id FROM orders WHERE status = 'pending'`);
    for (const o of pending) problems.push(`order ${o.id} is still pending`);
    const inFlight = await sql<{ key: string }>(url, `SELECT key FROM idempotency_keys WHERE state = 'in_progress'`);
    for (const k of inFlight) problems.push(`Idempotency-Key ${k.key} is still in progress`);
  }

  const twice = await sql<{ order_id: string }>(url, `SELECT order_id FROM idempotency_keys WHERE order_id IS NOT NULL GROUP BY order_id HAVING count(*) > 1`);
  for (const k of twice) problems.push(`order ${k.order_id} is named by two Idempotency-Keys`);

  const paidEvents = await sql<{ id: string; number: string; paid: boolean; events: string }>(
    url,
    `SELECT o.id, o.number, o.paid_at IS NOT NULL AS paid,
            (SELECT count(*) FROM outbox e WHERE e.aggregate_id = o.id::text AND e.name = 'order.paid')::text AS events
     FROM orders o`,
  );
  for (const o of paidEvents) {
    const want = o.paid ? '1' : '0';
    if (o.events !== want) problems.push(`order ${o.number}: ${o.events} order.paid events, expected ${want}`);
  }

  const kept = await sql<{ order_id: string; status: string | null; paid: boolean | null }>(
    url,
    `SELECT c.order_id, o.status::text AS status, o.paid_at IS NOT NULL AS paid FROM local_charges c
     LEFT JOIN orders o ON o.id = c.order_id
     WHERE c.status = 'succeeded' AND NOT EXISTS (SELECT 1 FROM local_refunds r WHERE r.order_id = c.order_id)`,
  );
  for (const c of kept) {
    if (!(c.paid && c.status && ['paid', 'packed', 'shipped', 'delivered'].includes(c.status))) {
      problems.push(`money taken for order ${c.order_id} (${c.status ?? 'no such order'}) is neither kept by a paid order nor refunded`);
    }
  }

  if (options.drained) {
    const waiting = await sql<{ name: string; n: string }>(url, `SELECT name, count(*)::text AS n FROM outbox WHERE processed_at IS NULL GROUP BY name`);
    for (const w of waiting) problems.push(`${w.n} outbox message(s) ${w.name} not delivered`);
    const mails = await sql<{ number: string; mails: string }>(
      url,
      `SELECT o.number, (SELECT count(*) FROM mailbox_messages m WHERE m.tag = 'order_confirmation' AND m.subject LIKE '%' || o.number || '%')::text AS mails
       FROM orders o WHERE o.paid_at IS NOT NULL AND o.customer_email IS NOT NULL`,
    );
    for (const m of mails) if (m.mails !== '1') problems.push(`order ${m.number}: ${m.mails} confirmation emails`);
  }
  return problems;
}
