import type {
  CategoryDto,
  ProductDetailDto,
  ProductFacets,
  ProductListResponse,
  ProductSummaryDto,
  VariantDto,
} from '@devgear/contracts';

export const categories: CategoryDto[] = [
  { id: 'c-1', slug: 'keyboards', name: 'Keyboards', parent_id: null, product_count: 12 },
  { id: 'c-2', slug: 'mechanical-keyboards', name: 'Mechanical keyboards', parent_id: 'c-1', product_count: 9 },
  { id: 'c-3', slug: 'keycaps', name: 'Keycaps', parent_id: 'c-1', product_count: 3 },
  { id: 'c-4', slug: 'monitors', name: 'Monitors', parent_id: null, product_count: 5 },
  { id: 'c-5', slug: 'audio', name: 'Audio', parent_id: null, product_count: 1 },
];

let seq = 0;

export function summary(overrides: Partial<ProductSummaryDto> = {}): ProductSummaryDto {
  seq += 1;
  return {
    id: `p-${seq}`,
    slug: `product-${seq}`,
    name: `Product ${seq}`,
    brand: 'Keychron',
    category: { id: 'c-2', slug: 'mechanical-keyboards', name: 'Mechanical keyboards' },
    price: { amount: 9900, currency: 'USD' },
    rating: { average: 4.5, count: 10 },
    image: { url: `/media/products/${seq}.png`, alt: `Product ${seq}` },
    in_stock: true,
    ...overrides,
    // Every variant at the same price unless the test says otherwise.
    max_price: overrides.max_price ?? overrides.price ?? { amount: 9900, currency: 'USD' },
  };
}

export const defaultFacets: ProductFacets = {
  categories: [
    { slug: 'mechanical-keyboards', count: 9 },
    { slug: 'keycaps', count: 3 },
  ],
  brands: [
    { name: 'Keychron', count: 6 },
    { name: 'Das Keyboard', count: 4 },
    { name: 'Logitech', count: 2 },
  ],
  price: { min: 2900, max: 24900 },
};

export function listResponse(
  items: ProductSummaryDto[],
  meta: Partial<ProductListResponse['meta']> = {},
): ProductListResponse {
  const page = meta.page ?? 1;
  const perPage = meta.per_page ?? 24;
  const total = meta.total ?? items.length;
  return {
    data: items,
    meta: { page, per_page: perPage, total, has_next: page * perPage < total, facets: defaultFacets, ...meta },
    links: { self: '/api/v1/products', next: null, prev: null },
  };
}

export function variant(overrides: Partial<VariantDto> & Pick<VariantDto, 'id' | 'options'>): VariantDto {
  return {
    sku: `SKU-${overrides.id.toUpperCase()}`,
    name: Object.values(overrides.options).join(' / '),
    price: { amount: 9900, currency: 'USD' },
    in_stock: true,
    available: 20,
    ...overrides,
  };
}

/**
 * A keyboard with two options where not every combination exists: the ISO layout only
 * comes with brown switches.
 */
export function keyboardDetail(overrides: Partial<ProductDetailDto> = {}): ProductDetailDto {
  return {
    id: 'p-k2',
    slug: 'keychron-k2',
    name: 'Keychron K2 Wireless',
    brand: 'Keychron',
    category: { id: 'c-2', slug: 'mechanical-keyboards', name: 'Mechanical keyboards' },
    price: { amount: 7999, currency: 'USD' },
    max_price: { amount: 8999, currency: 'USD' },
    rating: { average: 4.6, count: 128 },
    image: { url: '/media/k2-1.png', alt: 'Keychron K2 front' },
    in_stock: true,
    description: 'A compact 75% wireless mechanical keyboard.\nWorks with macOS and Windows.',
    specifications: [
      { key: 'Weight', value: '663', unit: 'g' },
      { key: 'Connectivity', value: 'Bluetooth 5.1, USB-C', unit: null },
    ],
    images: [
      { id: 'i-1', url: '/media/k2-1.png', alt: 'Keychron K2 front' },
      { id: 'i-2', url: '/media/k2-2.png', alt: 'Keychron K2 side' },
    ],
    variants: [
      variant({ id: 'v-brown-ansi', options: { switch: 'brown', layout: 'ANSI' }, price: { amount: 7999, currency: 'USD' }, available: 40 }),
      variant({ id: 'v-red-ansi', options: { switch: 'red', layout: 'ANSI' }, price: { amount: 8499, currency: 'USD' }, available: 3 }),
      variant({ id: 'v-brown-iso', options: { switch: 'brown', layout: 'ISO' }, price: { amount: 8999, currency: 'USD' }, available: 12 }),
      variant({
        id: 'v-blue-ansi',
        options: { switch: 'blue', layout: 'ANSI' },
        price: { amount: 7999, currency: 'USD' },
        in_stock: false,
        available: 0,
      }),
    ],
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-02T00:00:00.000Z',
    ...overrides,
  };
}
