import { FixedClock } from '../../testing';
import type { SalesFigures, SalesWindow } from '../../ports/sales-analytics.port';
import { GetSalesAnalyticsUseCase } from './get-sales-analytics.use-case';

function setup(figures: Partial<SalesFigures> = {}) {
  const windows: SalesWindow[] = [];
  const analytics = {
    async figures(window: SalesWindow): Promise<SalesFigures> {
      windows.push(window);
      return { revenue: 0, paidOrders: 0, ordersByStatus: {}, topProducts: [], salesByDay: [], ...figures };
    },
  };
  const useCase = new GetSalesAnalyticsUseCase({ analytics, clock: new FixedClock('2026-11-22T15:30:00.000Z') }, { currency: 'USD' });
  return { useCase, windows };
}

describe('GetSalesAnalyticsUseCase', () => {
  it('defaults to the last 30 whole UTC days and answers zeros for an empty store', async () => {
    const { useCase, windows } = setup();
    const a = await useCase.execute();
    expect(windows[0]).toEqual({ fromInclusive: new Date('2026-10-24T00:00:00.000Z'), toExclusive: new Date('2026-11-23T00:00:00.000Z'), topN: 10 });
    expect([a.from, a.to, a.revenue.amount, a.ordersCount, a.averageOrderValue.amount]).toEqual(['2026-10-24', '2026-11-22', 0, 0, 0]);
    expect(a.salesByDay).toHaveLength(30);
    expect(a.salesByDay.every((d) => d.orders === 0 && d.revenue.amount === 0)).toBe(true);
    expect(a.ordersByStatus).toEqual({ pending: 0, paid: 0, packed: 0, shipped: 0, delivered: 0, cancelled: 0, refunded: 0 });
  });

  it('rounds the average order value half-up and fills the days without sales', async () => {
    const { useCase } = setup({ revenue: 1001, paidOrders: 2, salesByDay: [{ date: '2026-11-02', revenue: 1001, orders: 2 }], ordersByStatus: { paid: 2, refunded: 1 } });
    const a = await useCase.execute({ from: '2026-11-01', to: '2026-11-03' });
    expect(a.averageOrderValue.amount).toBe(501); // 500.5 -> 501
    expect(a.salesByDay.map((d) => [d.date, d.revenue.amount, d.orders])).toEqual([
      ['2026-11-01', 0, 0],
      ['2026-11-02', 1001, 2],
      ['2026-11-03', 0, 0],
    ]);
    expect(a.ordersByStatus.refunded).toBe(1);
  });

  it.each([
    [{ from: '2026-11-31' }, 'from'],
    [{ to: 'yesterday' }, 'to'],
    [{ from: '2026-11-05', to: '2026-11-01' }, 'from'],
    [{ from: '2024-01-01', to: '2026-11-01' }, 'from'],
  ])('refuses the window %j naming %s', async (input, field) => {
    const { useCase } = setup();
    await expect(useCase.execute(input)).rejects.toMatchObject({ kind: 'validation', details: { [field]: expect.any(Array) } });
  });
});
