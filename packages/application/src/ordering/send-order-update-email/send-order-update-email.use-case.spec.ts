import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, FakeMailer, placeOrderFixture } from '../../testing';
import { SendOrderUpdateEmailUseCase } from './send-order-update-email.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

async function shippedOrder(carrier: string, trackingNumber: string) {
  const kit = checkoutTestKit({ products: cartProductsFixture() });
  const mailer = new FakeMailer();
  const send = new SendOrderUpdateEmailUseCase({ ...kit, mailer, sent: kit.processedEvents }, { storeName: 'DevGear', storeUrl: 'https://shop.example/' });
  const order = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
  const stored = (await kit.orders.findById(order.id))!;
  stored.markPacked(new Date());
  stored.markShipped(new Date(), { carrier, trackingNumber });
  await kit.orders.save(stored);
  return { kit, mailer, send, order };
}

describe('SendOrderUpdateEmailUseCase', () => {
  it('shipped: names the carrier and tracking number and links the carrier\'s tracking page', async () => {
    const { mailer, send, order } = await shippedOrder('UPS', '1Z999AA10123456784');
    expect(await send.execute('evt-1', order.id, { kind: 'shipped' })).toBe('sent');
    const [mail] = mailer.to('u-1@example.com');
    expect(mail.subject).toBe(`Your order has shipped (DevGear order ${order.number})`);
    expect(mail.tag).toBe('order_shipped');
    expect(mail.text).toContain('It travels with UPS, tracking number 1Z999AA10123456784.');
    expect(mail.text).toContain('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(mail.html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784"');
    expect(mail.html).toContain(`href="https://shop.example/orders/${order.id}"`);
  });

  it('an unknown carrier still gets the tracking number, without a made-up link; HTML is escaped', async () => {
    const { mailer, send, order } = await shippedOrder('<Local> Couriers', 'LC-42');
    await send.execute('evt-1', order.id, { kind: 'shipped' });
    const [mail] = mailer.to('u-1@example.com');
    expect(mail.text).toContain('tracking number LC-42');
    expect(mail.text).not.toContain('Track it');
    expect(mail.html).toContain('&lt;Local&gt; Couriers');
  });

  it('sends once per event: a redelivered event sends nothing, another event sends again', async () => {
    const { mailer, send, order } = await shippedOrder('DHL', 'JD014600006281230704');
    expect(await Promise.all([send.execute('evt-1', order.id, { kind: 'delivered' }), send.execute('evt-1', order.id, { kind: 'delivered' })])).toEqual(
      expect.arrayContaining(['sent', 'already_sent']),
    );
    expect(await send.execute('evt-1', order.id, { kind: 'delivered' })).toBe('already_sent');
    expect(await send.execute('evt-2', order.id, { kind: 'shipped' })).toBe('sent');
    expect(mailer.sent.map((m) => m.tag)).toEqual(['order_delivered', 'order_shipped']);
  });

  it('cancelled, refunded and payment failed say what happens to the money', async () => {
    const { mailer, send, order } = await shippedOrder('UPS', '1Z');
    await send.execute('e1', order.id, { kind: 'cancelled', refundDue: true });
    await send.execute('e2', order.id, { kind: 'cancelled', refundDue: false });
    await send.execute('e3', order.id, { kind: 'refunded', amount: { amount: 12999, currency: 'USD' } });
    await send.execute('e4', order.id, { kind: 'payment_failed', declined: true });
    await send.execute('e5', order.id, { kind: 'payment_failed', declined: false });
    const [paid, unpaid, refunded, declined, interrupted] = mailer.to('u-1@example.com');
    expect(interrupted.text).toContain('We could not take your payment');
    expect(interrupted.text).toContain('it is given back automatically');
    expect(paid.text).toContain('We are refunding the');
    expect(unpaid.text).toContain('Nothing was charged for it.');
    expect(refunded.subject).toContain('Your refund is on its way');
    expect(refunded.text).toContain('We refunded 129.99 USD');
    expect(declined.text).toContain('Your card was declined');
    expect(declined.text).toContain('https://shop.example/cart');
  });

  it('gives the claim back when the mail provider fails, so a retry sends it', async () => {
    const { mailer, send, order } = await shippedOrder('UPS', '1Z');
    mailer.failWith(new Error('SendGrid answered 503'));
    await expect(send.execute('evt-1', order.id, { kind: 'delivered' })).rejects.toThrow('SendGrid answered 503');
    mailer.recover();
    expect(await send.execute('evt-1', order.id, { kind: 'delivered' })).toBe('sent');
  });
});
