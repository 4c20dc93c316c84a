import type { AdminOrderDto, AnalyticsDto, DiscountDto, ListEnvelope, MoneyDto } from '@devgear/contracts';

/** Fixtures of the back office's wire shapes (analytics, admin orders, discounts). */

export const usd = (amount: number): MoneyDto => ({ amount, currency: 'USD' });

export function listOf<T>(items: T[], meta: Partial<ListEnvelope<T>['meta']> = {}, self = '/api/v1/admin'): ListEnvelope<T> {
  const page = meta.page ?? 1;
  const perPage = meta.per_page ?? 20;
  const total = meta.total ?? items.length;
  return { data: items, meta: { page, per_page: perPage, total, has_next: page * perPage < total }, links: { self, next: null, prev: null } };
}

const NO_ORDERS: AnalyticsDto['orders_by_status'] = { pending: 0, paid: 0, packed: 0, shipped: 0, delivered: 0, cancelled: 0, refunded: 0 };

function days(from: string, count: number, fill: (i: number) => { revenue: number; orders: number }): AnalyticsDto['sales_by_day'] {
  const start = Date.parse(`${from}T00:00:00.000Z`);
  return Array.from({ length: count }, (_, i) => {
    const { revenue, orders } = fill(i);
    return { date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), revenue: usd(revenue), orders };
  });
}

/** A month of a store with sales. */
export function analytics(overrides: Partial<AnalyticsDto> = {}): AnalyticsDto {
  return {
    from: '2026-10-05',
    to: '2026-11-03',
    revenue: usd(1_234_550),
    orders_count: 42,
    average_order_value: usd(29_394),
    orders_by_status: { pending: 1, paid: 5, packed: 4, shipped: 8, delivered: 25, cancelled: 2, refunded: 3 },
    top_products: [
      { product_id: 'p-kb', name: 'Mechanical Keyboard TKL', units: 18, revenue: usd(233_982) },
      { product_id: 'p-mouse', name: 'Ergonomic Mouse', units: 11, revenue: usd(76_989) },
    ],
    sales_by_day: days('2026-10-05', 30, (i) => ({ revenue: (i % 5) * 10_000, orders: i % 5 })),
    ...overrides,
  };
}

/** The same month of a store that sold nothing. */
export function emptyAnalytics(overrides: Partial<AnalyticsDto> = {}): AnalyticsDto {
  return analytics({
    revenue: usd(0),
    orders_count: 0,
    average_order_value: usd(0),
    orders_by_status: { ...NO_ORDERS },
    top_products: [],
    sales_by_day: days('2026-10-05', 30, () => ({ revenue: 0, orders: 0 })),
    ...overrides,
  });
}

export function adminOrder(overrides: Partial<AdminOrderDto> = {}): AdminOrderDto {
  return {
    id: 'o-1',
    number: 'DG-100042',
    status: 'paid',
    items: [
      { variant_id: 'v-kb', product_id: 'p-kb', name: 'Mechanical Keyboard TKL', sku: 'KB-TKL-RED', quantity: 2, unit_price: usd(12_999), line_total: usd(25_998), image: null },
    ],
    subtotal: usd(25_998),
    discount_total: usd(0),
    shipping_total: usd(0),
    tax_total: usd(0),
    total: usd(25_998),
    discount_code: null,
    shipping_address: { name: 'Ada Lovelace', line1: '12 St James Square', line2: null, city: 'London', state: null, postal_code: 'SW1Y 4JH', country: 'GB', phone: '+44 20 7946 0018' },
    payment: { provider: 'local', status: 'succeeded' },
    shipment: null,
    cancellation_reason: null,
    status_history: [
      { status: 'pending', at: '2026-11-01T10:00:00.000Z' },
      { status: 'paid', at: '2026-11-01T10:00:02.000Z' },
    ],
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:02.000Z',
    customer_id: 'u-ada',
    customer_email: 'ada@example.com',
    customer_name: 'Ada Lovelace',
    ...overrides,
  };
}

export function discount(overrides: Partial<DiscountDto> = {}): DiscountDto {
  return {
    id: 'd-spring',
    code: 'SPRING25',
    type: 'percentage',
    value: 25,
    min_subtotal: null,
    starts_at: null,
    ends_at: null,
    usage_limit: null,
    per_customer_limit: null,
    active: true,
    times_used: 0,
    created_at: '2026-10-01T00:00:00.000Z',
    updated_at: '2026-10-01T00:00:00.000Z',
    ...overrides,
  };
}
