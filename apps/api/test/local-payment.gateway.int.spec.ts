import { randomUUID } from 'node:crypto';
import { Money } from '@devgear/domain';
import { LocalPaymentGateway } from '../src/adapters/local/local-payment.gateway';
import { migrateDatabase } from '../src/platform/database/migrate';
import { PrismaService } from '../src/platform/database/prisma.service';
import { createTestDatabase, TestDatabase } from './support/test-database';

let db: TestDatabase;
let prisma: PrismaService;
let g: LocalPaymentGateway;

beforeAll(async () => {
  db = await createTestDatabase('local_payments');
  await migrateDatabase(db.url);
  prisma = new PrismaService(db.url, 5);
  g = new LocalPaymentGateway(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const request = (paymentMethod: string, orderId = randomUUID()) => ({
  orderId,
  orderNumber: 'DG-AAAAAA',
  amount: Money.of(5000, 'USD'),
  paymentMethod,
  idempotencyKey: `order:${orderId}:charge`,
  customerEmail: null,
});

describe('LocalPaymentGateway (behaves like Stripe test mode, keeps its own books)', () => {
  it('accepts pm_card_visa and declines pm_card_chargeDeclined', async () => {
    expect(await g.charge(request('pm_card_visa'))).toMatchObject({ status: 'succeeded', paymentRef: expect.stringMatching(/^pi_local_/) });
    expect(await g.charge(request('pm_card_chargeDeclined'))).toMatchObject({ status: 'declined', reason: 'Your card was declined.' });
  });

  it('gives the same answer to the same idempotency key, also to concurrent calls and another payment method', async () => {
    const first = request('pm_card_visa');
    const answers = await Promise.all([g.charge(first), g.charge(first), g.charge({ ...first, paymentMethod: 'pm_card_chargeDeclined' })]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await prisma.localCharge.count({ where: { orderId: first.orderId } })).toBe(1);
  });

  it('tells what became of a charge by its key, from its books (as after a crash of the shop): taken, declined or none', async () => {
    const paid = request('pm_card_visa');
    const declined = request('pm_card_chargeDeclined');
    const taken = await g.charge(paid);
    await g.charge(declined);
    const afterRestart = new LocalPaymentGateway(prisma);
    expect(await afterRestart.findCharge(paid)).toEqual(taken);
    expect(await afterRestart.findCharge(declined)).toMatchObject({ status: 'declined', reason: 'Your card was declined.' });
    expect(await afterRestart.findCharge(request('pm_card_visa'))).toEqual({ status: 'none' });
  });

  it('declines unknown payment methods with a clear reason and refunds idempotently', async () => {
    expect(await g.charge(request('pm_not_a_card'))).toMatchObject({ status: 'declined', reason: expect.stringContaining('not available') });
    const orderId = randomUUID();
    const refund = { orderId, paymentRef: 'pi_local_x', amount: Money.of(5000, 'USD'), idempotencyKey: `order:${orderId}:refund` };
    const [r1, r2] = await Promise.all([g.refund(refund), g.refund(refund)]);
    expect(r1).toEqual(r2);
    expect(r1.refundRef).toMatch(/^re_local_/);
    expect(await prisma.localRefund.count({ where: { orderId } })).toBe(1);
  });

  it('writes its books outside the shop transaction it is called from: a rollback of the shop keeps the charge', async () => {
    const req = request('pm_card_visa');
    await expect(
      prisma.transaction(async () => {
        await g.charge(req);
        throw new Error('the shop crashed');
      }),
    ).rejects.toThrow('the shop crashed');
    expect(await g.findCharge(req)).toMatchObject({ status: 'succeeded' });
  });
});
