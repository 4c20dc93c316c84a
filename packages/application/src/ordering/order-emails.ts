import { Money, type Order } from '@devgear/domain';
import { emailLayout, escapeHtml, type RenderedEmail } from '../identity/email-templates';

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

/** What every later email about an order needs. */
export interface OrderUpdateInput {
  order: Order;
  storeName: string;
  orderUrl: string;
}

/** The carrier's public tracking page for a tracking number, when we know the carrier; null otherwise. */
export function trackingUrl(carrier: string, trackingNumber: string): string | null {
  const n = encodeURIComponent(trackingNumber);
  const pages: Record<string, string> = {
    ups: `https://www.ups.com/track?tracknum=${n}`,
    fedex: `https://www.fedex.com/fedextrack/?trknbr=${n}`,
    usps: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
    dhl: `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
    'royal mail': `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  };
  return pages[carrier.trim().toLowerCase()] ?? null;
}

/** One short email about an order: a headline, paragraphs, an optional link, then the order page. */
function update(input: OrderUpdateInput, subject: string, headline: string, paragraphs: string[], link?: { label: string; url: string }): RenderedEmail {
  const text = [headline, '', ...paragraphs.flatMap((p) => [p, '']), ...(link ? [`${link.label}: ${link.url}`, ''] : []), `Your order: ${input.orderUrl}`, '', `- ${input.storeName}`].join('\n');
  const html = emailLayout(
    input.storeName,
    [
      `<h2>${escapeHtml(headline)}</h2>`,
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ...(link ? [`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`] : []),
      `<p><a href="${escapeHtml(input.orderUrl)}">See your order</a></p>`,
    ].join('\n'),
  );
  return { subject: `${subject} (${input.storeName} order ${input.order.number})`, text, html };
}

/** "On its way": the carrier and tracking number (with the carrier's tracking page when known). */
function shipped(input: OrderUpdateInput): RenderedEmail {
  const shipment = input.order.shipment;
  const lines = shipment
    ? [`It travels with ${shipment.carrier}, tracking number ${shipment.trackingNumber}.`]
    : ['It has left our warehouse.'];
  const url = shipment ? trackingUrl(shipment.carrier, shipment.trackingNumber) : null;
  return update(input, 'Your order has shipped', `Your order ${input.order.number} is on its way!`, lines, url ? { label: `Track it with ${shipment!.carrier}`, url } : undefined);
}

function delivered(input: OrderUpdateInput): RenderedEmail {
  return update(input, 'Your order was delivered', `Your order ${input.order.number} was delivered`, [
    'We hope you enjoy it. If anything is wrong with it, reply to this email and we will sort it out.',
  ]);
}

/** Cancelled: whether money comes back (a paid order is refunded next) or nothing was charged. */
function cancelled(input: OrderUpdateInput, refundDue: boolean): RenderedEmail {
  return update(input, 'Your order was cancelled', `Your order ${input.order.number} was cancelled`, [
    refundDue
      ? `We are refunding the ${show(input.order.totals.total.toJSON())} you paid; you will get another email when the refund is on its way.`
      : 'Nothing was charged for it.',
  ]);
}

function refunded(input: OrderUpdateInput, amount: { amount: number; currency: string }): RenderedEmail {
  return update(input, 'Your refund is on its way', `We refunded ${show(amount)} for order ${input.order.number}`, [
    'Depending on your bank it takes a few days to show on your statement.',
  ]);
}

/** Payment failed: declined (nothing charged) or interrupted (any charge is refunded); the cart is kept, try again. */
function paymentFailed(input: OrderUpdateInput & { cartUrl: string }, declined: boolean): RenderedEmail {
  return update(
    input,
    'Your payment did not go through',
    declined ? 'Your card was declined' : 'We could not take your payment',
    [
      declined
        ? 'Nothing was charged and your items are still in your cart. You can try again with another card.'
        : 'Your items are still in your cart. If your bank shows a charge for this attempt, it is given back automatically. You can try again in a moment.',
    ],
    { label: 'Back to your cart', url: input.cartUrl },
  );
}

export const OrderEmails = { confirmation, shipped, delivered, cancelled, refunded, paymentFailed } as const;
