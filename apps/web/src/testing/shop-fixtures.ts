import type { CartDto, CartItemDto, MoneyDto, OrderDto, PlaceOrderRequest } from '@devgear/contracts';
import { errorBody, type FakeApi, type FakeResponse } from './fake-api';

const usd = (amount: number): MoneyDto => ({ amount, currency: 'USD' });

/** CONTRACT.md's defaults: flat 999 shipping, free from 10000 of discounted subtotal, no tax. */
const SHIPPING = 999;
const FREE_SHIPPING_FROM = 10000;

export function cartItem(overrides: Partial<CartItemDto> & Pick<CartItemDto, 'id' | 'variant_id'>): CartItemDto {
  const quantity = overrides.quantity ?? 1;
  const unit = overrides.unit_price ?? usd(7999);
  return {
    product_id: 'p-k2',
    name: 'Keychron K2 Wireless',
    sku: `SKU-${overrides.variant_id.toUpperCase()}`,
    quantity,
    unit_price: unit,
    line_total: usd(unit.amount * quantity),
    image: { url: '/media/products/k2.webp', alt: 'Keychron K2 from above' },
    unavailable: null,
    ...overrides,
  };
}

/** A cart with totals priced as the API does (percentage discounts rounded half-up). */
export function cartOf(
  items: CartItemDto[],
  options: { discount?: { code: string; percent: number } | null; problem?: CartDto['discount_problem']; updatedAt?: string } = {},
): CartDto {
  const priced = items.map((i) => ({ ...i, line_total: usd(i.unit_price.amount * i.quantity) }));
  const buyable = priced.filter((i) => i.unavailable === null);
  const subtotal = buyable.reduce((sum, i) => sum + i.line_total.amount, 0);
  const off = options.discount ? Math.floor((subtotal * options.discount.percent) / 100 + 0.5) : 0;
  const shipping = subtotal === 0 || subtotal - off >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
  return {
    id: 'cart-1',
    items: priced,
    item_count: buyable.reduce((sum, i) => sum + i.quantity, 0),
    subtotal: usd(subtotal),
    discount: options.discount ? { code: options.discount.code, amount: usd(off) } : null,
    discount_problem: options.problem ?? null,
    shipping_total: usd(shipping),
    tax_total: usd(0),
    total: usd(subtotal - off + shipping),
    updated_at: options.updatedAt ?? new Date().toISOString(),
  };
}

export function order(overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    id: 'o-1',
    number: 'DG-1001',
    status: 'paid',
    items: [
      {
        variant_id: 'v-brown-ansi',
        product_id: 'p-k2',
        name: 'Keychron K2 Wireless',
        sku: 'SKU-V-BROWN-ANSI',
        quantity: 2,
        unit_price: usd(7999),
        line_total: usd(15998),
        image: { url: '/media/products/k2.webp', alt: 'Keychron K2 from above' },
      },
    ],
    subtotal: usd(15998),
    discount_total: usd(0),
    shipping_total: usd(0),
    tax_total: usd(0),
    total: usd(15998),
    discount_code: null,
    shipping_address: {
      name: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: null,
      city: 'London',
      state: null,
      postal_code: 'SW1Y 4JH',
      country: 'GB',
      phone: null,
    },
    payment: { provider: 'local', status: 'paid' },
    shipment: null,
    cancellation_reason: null,
    status_history: [
      { status: 'pending', at: '2025-03-04T14:05:00.000Z' },
      { status: 'paid', at: '2025-03-04T14:05:02.000Z' },
    ],
    created_at: '2025-03-04T14:05:00.000Z',
    updated_at: '2025-03-04T14:05:02.000Z',
    ...overrides,
  };
}

export interface FakeCart {
  /** The cart as the API would answer now. */
  current: () => CartDto;
  /** Units that can be bought per variant (more -> 409 OUT_OF_STOCK). */
  stock: Record<string, number>;
  /** Codes the shop knows, by percentage off. */
  codes: Record<string, number>;
  /** Empties the cart (what a successful checkout does). */
  clear: () => void;
}

interface CartState {
  items: CartItemDto[];
  discount: { code: string; percent: number } | null;
}

let clock = Date.parse('2025-03-04T14:00:00.000Z');
const tick = () => new Date((clock += 1000)).toISOString();

/**
 * An in-memory cart behind /cart, /cart/items and /cart/discount that behaves like the API:
 * every write answers with the whole repriced cart, quantities above the stock are refused.
 */
export function withCart(api: FakeApi, initial: CartItemDto[] = [], options: { stock?: Record<string, number>; codes?: Record<string, number> } = {}): FakeCart {
  const state: CartState = { items: [...initial], discount: null };
  let updatedAt = tick();
  const fake: FakeCart = {
    current: () => cartOf(state.items, { discount: state.discount, updatedAt }),
    stock: { ...options.stock },
    codes: { SAVE10: 10, ...options.codes },
    clear: () => {
      state.items = [];
      state.discount = null;
      updatedAt = tick();
    },
  };
  const answer = (status = 200): FakeResponse => {
    updatedAt = tick();
    return { status, body: { data: fake.current() } };
  };
  const short = (variantId: string, available: number): FakeResponse => ({
    status: 409,
    body: errorBody('OUT_OF_STOCK', `Not enough stock: ${variantId} (only ${available} available)`, { [variantId]: [`only ${available} available`] }),
  });
  const available = (variantId: string) => fake.stock[variantId] ?? 99;

  api.on('GET /cart', () => ({ body: { data: fake.current() } }));
  api.on('POST /cart/items', (req) => {
    const { variant_id, quantity } = req.body as { variant_id: string; quantity: number };
    const line = state.items.find((i) => i.variant_id === variant_id);
    const wanted = (line?.quantity ?? 0) + quantity;
    if (wanted > available(variant_id)) return short(variant_id, available(variant_id));
    if (line) line.quantity = wanted;
    else state.items.push(cartItem({ id: `line-${variant_id}`, variant_id, quantity, name: `Item ${variant_id}` }));
    return answer(201);
  });
  api.on('PATCH /cart/items/:id', (req, { id }) => {
    const line = state.items.find((i) => i.id === id);
    if (!line) return { status: 404, body: errorBody('NOT_FOUND', `Cart item ${id} is not in your cart`) };
    const { quantity } = req.body as { quantity: number };
    if (quantity > available(line.variant_id)) return short(line.variant_id, available(line.variant_id));
    line.quantity = quantity;
    return answer();
  });
  api.on('DELETE /cart/items/:id', (_req, { id }) => {
    state.items = state.items.filter((i) => i.id !== id);
    return answer();
  });
  api.on('POST /cart/discount', (req) => {
    const code = String((req.body as { code: string }).code).trim().toUpperCase();
    const percent = fake.codes[code];
    if (!percent) {
      const message = `Discount code ${code} does not exist`;
      return { status: 422, body: errorBody('INVALID_DISCOUNT', message, { code: [message] }) };
    }
    state.discount = { code, percent };
    return answer();
  });
  api.on('DELETE /cart/discount', () => {
    state.discount = null;
    return answer();
  });
  return fake;
}

/** The order a successful POST /orders answers for a cart and body. */
export function orderFromCart(cart: CartDto, body: PlaceOrderRequest, overrides: Partial<OrderDto> = {}): OrderDto {
  const at = '2025-03-04T14:05:00.000Z';
  return order({
    items: cart.items.map(({ variant_id, product_id, name, sku, quantity, unit_price, line_total, image }) => ({
      variant_id,
      product_id,
      name,
      sku,
      quantity,
      unit_price,
      line_total,
      image,
    })),
    subtotal: cart.subtotal,
    discount_total: cart.discount?.amount ?? usd(0),
    shipping_total: cart.shipping_total,
    tax_total: cart.tax_total,
    total: cart.total,
    discount_code: cart.discount?.code ?? null,
    shipping_address: {
      name: body.shipping_address.name,
      line1: body.shipping_address.line1,
      line2: body.shipping_address.line2 ?? null,
      city: body.shipping_address.city,
      state: body.shipping_address.state ?? null,
      postal_code: body.shipping_address.postal_code,
      country: body.shipping_address.country,
      phone: body.shipping_address.phone ?? null,
    },
    status_history: [
      { status: 'pending', at },
      { status: 'paid', at },
    ],
    ...overrides,
  });
}
