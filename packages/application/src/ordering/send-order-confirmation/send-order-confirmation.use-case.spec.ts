import { CART_FIXTURE_VARIANTS, cartProductsFixture, checkoutTestKit, discountFixture, FakeMailer, placeOrderFixture } from '../../testing';
import { SendOrderConfirmationUseCase } from './send-order-confirmation.use-case';

const KEYBOARD = CART_FIXTURE_VARIANTS.keyboard;

function setup() {
  const kit = checkoutTestKit({ products: cartProductsFixture(), discounts: [discountFixture({ code: 'SAVE10' })] });
  const mailer = new FakeMailer();
  const send = new SendOrderConfirmationUseCase({ ...kit, mailer, sent: kit.processedEvents }, { storeName: 'DevGear', storeUrl: 'https://shop.example/' });
  return { kit, mailer, send };
}

describe('SendOrderConfirmationUseCase', () => {
  it('emails what was bought, the totals, the address and a link to the order', async () => {
    const { kit, mailer, send } = setup();
    const order = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 2]], { discountCode: 'SAVE10' });

    expect(await send.execute(order.id)).toBe('sent');

    const [mail] = mailer.to('u-1@example.com');
    expect(mail.subject).toBe(`Your DevGear order ${order.number} is confirmed`);
    expect(mail.tag).toBe('order_confirmation');
    const line = order.lines[0];
    expect(mail.text).toContain(`2 x ${line.name} (${line.sku})  ${line.lineTotal.toDisplayString()}`);
    expect(mail.text).toContain(`Discount (SAVE10): -${order.totals.discount.toDisplayString()}`);
    expect(mail.text).toContain(`Total paid: ${order.totals.total.toDisplayString()}`);
    expect(mail.text).toContain('12 St James Square');
    expect(mail.text).toContain(`https://shop.example/orders/${order.id}`);
    expect(mail.html).toContain(`href="https://shop.example/orders/${order.id}"`);
  });

  it('sends once however often order.paid is delivered', async () => {
    const { kit, mailer, send } = setup();
    const order = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    expect(await Promise.all([send.execute(order.id), send.execute(order.id)])).toEqual(expect.arrayContaining(['sent', 'already_sent']));
    expect(await send.execute(order.id)).toBe('already_sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('gives the claim back when the mail provider fails, so a retry sends it', async () => {
    const { kit, mailer, send } = setup();
    const order = await placeOrderFixture(kit, 'u-1', [[KEYBOARD, 1]]);
    mailer.failWith(new Error('SendGrid answered 503'));
    await expect(send.execute(order.id)).rejects.toThrow('SendGrid answered 503');
    mailer.recover();
    expect(await send.execute(order.id)).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
  });

  it('skips an order it cannot find', async () => {
    const { send } = setup();
    expect(await send.execute('no-such-order')).toBe('unknown_order');
  });
});
