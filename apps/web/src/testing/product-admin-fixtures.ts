import type { AdminProductDto, ListEnvelope, MoneyDto, StockMovementDto } from '@devgear/contracts';

/** Fixtures of the back office's product shapes (/admin/products, stock movements). */

const usd = (amount: number): MoneyDto => ({ amount, currency: 'USD' });

type AdminVariant = AdminProductDto['variants'][number];

export function adminVariant(overrides: Partial<AdminVariant> & Pick<AdminVariant, 'id' | 'sku'>): AdminVariant {
  return { name: overrides.sku, options: {}, price: usd(7999), available: 20, ...overrides };
}

/** A keyboard with two switch variants, plenty of stock, version 3. */
export function adminProduct(overrides: Partial<AdminProductDto> = {}): AdminProductDto {
  const variants = overrides.variants ?? [
    adminVariant({ id: 'v-brown', sku: 'K2-BRN', name: 'Brown switches', options: { switch: 'brown' }, price: usd(7999), available: 40 }),
    adminVariant({ id: 'v-red', sku: 'K2-RED', name: 'Red switches', options: { switch: 'red' }, price: usd(8499), available: 12 }),
  ];
  return {
    id: 'p-k2',
    slug: 'keychron-k2',
    name: 'Keychron K2 Wireless',
    description: 'A compact 75% wireless mechanical keyboard.',
    brand: 'Keychron',
    category_id: 'c-2',
    specifications: [{ key: 'Weight', value: '663', unit: 'g' }],
    images: [
      { id: 'i-1', url: '/media/k2-1.png', alt: 'Keychron K2 front' },
      { id: 'i-2', url: '/media/k2-2.png', alt: 'Keychron K2 side' },
    ],
    total_available: variants.reduce((n, v) => n + v.available, 0),
    archived_at: null,
    version: 3,
    created_at: '2026-10-01T09:00:00.000Z',
    updated_at: '2026-11-02T10:30:00.000Z',
    ...overrides,
    variants,
  };
}

export function adminProductsPage(items: AdminProductDto[], meta: Partial<ListEnvelope<AdminProductDto>['meta']> = {}): ListEnvelope<AdminProductDto> {
  const page = meta.page ?? 1;
  const perPage = meta.per_page ?? 20;
  const total = meta.total ?? items.length;
  return { data: items, meta: { page, per_page: perPage, total, has_next: page * perPage < total }, links: { self: '/api/v1/admin/products', next: null, prev: null } };
}

export function stockMovement(overrides: Partial<StockMovementDto> = {}): StockMovementDto {
  return {
    id: 'm-1',
    variant_id: 'v-red',
    sku: 'K2-RED',
    previous: 20,
    available: 12,
    delta: -8,
    reason: 'stock count',
    author: { id: 'u-grace', email: 'grace@example.com' },
    at: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}
