import { Money, type Order } from '@devgear/domain';
import { escapeHtml, type RenderedEmail } from '../identity/email-templates';

export interface OrderConfirmationInput {
  order: Order;
  storeName: string;
  /** The page of this order in the storefront. */
  orderUrl: string;
}

const show = (m: { amount: number; currency: string }) => Money.fromJSON(m).toDisplayString();

/** "Thank you for your order": what was bought, what it cost, where it goes. */
function confirmation(input: OrderConfirmationInput): RenderedEmail {
  const s = input.order.toSnapshot();
  const a = s.shippingAddress;
  const address = [a.name, a.line1, a.line2, [a.postalCode, a.city].join(' '), a.state, a.country].filter((x): x is string => Boolean(x && x.trim()));
  const totals: [string, string][] = [
    ['Subtotal', show(s.totals.subtotal)],
    ...(s.totals.discount.amount > 0 ? ([[`Discount${s.discount ? ` (${s.discount.code})` : ''}`, `-${show(s.totals.discount)}`]] as [string, string][]) : []),
    ['Shipping', s.totals.shipping.amount === 0 ? 'free' : show(s.totals.shipping)],
    ...(s.totals.tax.amount > 0 ? ([['Tax', show(s.totals.tax)]] as [string, string][]) : []),
    ['Total paid', show(s.totals.total)],
  ];
  const text = [
    `Thank you for your order ${s.number}!`,
    '',
    'We have your payment and are getting it ready to ship.',
    '',
    ...s.lines.map((l) => `${l.quantity} x ${l.name} (${l.sku})  ${show(l.lineTotal)}`),
    '',
    ...totals.map(([label, value]) => `${label}: ${value}`),
    '',
    'Shipping to:',
    ...address,
    '',
    `Follow your order: ${input.orderUrl}`,
    '',
    `- ${input.storeName}`,
  ].join('\n');
  const cell = 'style="padding: 4px 8px; border-bottom: 1px solid #eee;"';
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(input.storeName)}</title></head>`,
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328;">',
    `<h2>Thank you for your order ${escapeHtml(s.number)}!</h2>`,
    '<p>We have your payment and are getting it ready to ship.</p>',
    '<table style="border-collapse: collapse;">',
    ...s.lines.map(
      (l) => `<tr><td ${cell}>${l.quantity} &times; ${escapeHtml(l.name)} <small>(${escapeHtml(l.sku)})</small></td><td ${cell} align="right">${escapeHtml(show(l.lineTotal))}</td></tr>`,
    ),
    ...totals.map(([label, value]) => `<tr><td ${cell}>${escapeHtml(label)}</td><td ${cell} align="right">${escapeHtml(value)}</td></tr>`),
    '</table>',
    `<p>Shipping to:<br>${address.map(escapeHtml).join('<br>')}</p>`,
    `<p><a href="${escapeHtml(input.orderUrl)}">Follow your order</a></p>`,
    `<p style="color: #656d76; font-size: 12px;">${escapeHtml(input.storeName)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `Your ${input.storeName} order ${s.number} is confirmed`, text, html };
}

export const OrderEmails = { confirmation } as const;
