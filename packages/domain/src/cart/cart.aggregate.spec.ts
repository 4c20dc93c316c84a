import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money.value-object';
import { Cart, type CartItemSource, type CartVariantState } from './cart.aggregate';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const T1 = new Date('2025-03-01T11:00:00.000Z');
const usd = (amount: number) => Money.of(amount, 'USD');

function item(overrides: Partial<CartItemSource> = {}): CartItemSource {
  return { variantId: 'v-brown', productId: 'p-k2', name: 'Keychron K2 (Brown)', sku: 'KC-K2-BROWN', unitPrice: usd(8999), ...overrides };
}

const mouse = item({ variantId: 'v-mouse', productId: 'p-mx', name: 'MX Master 3S', sku: 'MX-3S', unitPrice: usd(9999) });

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

const newCart = () => Cart.create({ id: 'cart-1', customerId: 'u-1' }, T0);

describe('Cart', () => {
  it('starts empty, unsaved (version 0), without a discount', () => {
    const cart = newCart();
    expect(cart.isEmpty).toBe(true);
    expect(cart.version).toBe(0);
    expect(cart.discountCode).toBeNull();
    expect(cart.customerId).toBe('u-1');
  });

  describe('addItem', () => {
    it('adds a line with the variant snapshot and its total', () => {
      const cart = newCart();
      const line = cart.addItem('l-1', item(), 2, 10, T1);
      expect(line).toMatchObject({ id: 'l-1', variantId: 'v-brown', productId: 'p-k2', name: 'Keychron K2 (Brown)', sku: 'KC-K2-BROWN', quantity: 2 });
      expect(line.lineTotal.amount).toBe(17998);
      expect(cart.lines).toHaveLength(1);
      expect(cart.updatedAt).toEqual(T1);
    });

    it('adds to the existing line of the same variant, taking its current price', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 2, 10, T0);
      const line = cart.addItem('l-2', item({ unitPrice: usd(7999), name: 'K2 v2' }), 3, 10, T1);
      expect(cart.lines).toHaveLength(1);
      expect(line).toMatchObject({ id: 'l-1', quantity: 5, name: 'K2 v2' });
      expect(line.unitPrice.amount).toBe(7999);
    });

    it.each([0, 100, -1, 1.5, Number.NaN])('rejects the quantity %p, naming the field', (quantity) => {
      const error = errorOf(() => newCart().addItem('l-1', item(), quantity, 1000, T0));
      expect(error.code).toBe('CART.INVALID_QUANTITY');
      expect(error.kind).toBe('validation');
      expect(error.details).toEqual({ quantity: ['must be a whole number from 1 to 99'] });
    });

    it('refuses to go over 99 of an item across additions', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 60, 1000, T0);
      const error = errorOf(() => cart.addItem('l-2', item(), 40, 1000, T0));
      expect(error.code).toBe('CART.INVALID_QUANTITY');
      expect(error.details?.quantity?.[0]).toContain('would make 100');
      expect(cart.lines[0].quantity).toBe(60);
    });

    it('refuses more than is available, naming the variant and how many there are', () => {
      const cart = newCart();
      const error = errorOf(() => cart.addItem('l-1', item(), 4, 3, T0));
      expect(error.kind).toBe('out_of_stock');
      expect(error.code).toBe('CART.OUT_OF_STOCK');
      expect(error.details).toEqual({ 'v-brown': ['only 3 available'] });
      expect(cart.isEmpty).toBe(true);
    });

    it('counts what the cart already holds against the stock', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 2, 3, T0);
      expect(errorOf(() => cart.addItem('l-2', item(), 2, 3, T0)).details).toEqual({ 'v-brown': ['only 3 available'] });
      expect(cart.lines[0].quantity).toBe(2);
    });

    it('holds at most 50 different items', () => {
      const cart = newCart();
      for (let i = 0; i < 50; i++) cart.addItem(`l-${i}`, item({ variantId: `v-${i}`, sku: `SKU-${i}` }), 1, 5, T0);
      const error = errorOf(() => cart.addItem('l-50', item({ variantId: 'v-50', sku: 'SKU-50' }), 1, 5, T0));
      expect(error.code).toBe('CART.TOO_MANY_LINES');
      // ...but more of an item already there is fine
      expect(cart.addItem('l-x', item({ variantId: 'v-3', sku: 'SKU-3' }), 1, 5, T0).quantity).toBe(2);
    });
  });

  describe('setQuantity and removeLine', () => {
    it('sets a line quantity within the stock', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 2, 10, T0);
      expect(cart.setQuantity('l-1', 7, 10, T1).quantity).toBe(7);
      expect(errorOf(() => cart.setQuantity('l-1', 11, 10, T1)).details).toEqual({ 'v-brown': ['only 10 available'] });
      expect(errorOf(() => cart.setQuantity('l-1', 0, 10, T1)).details).toEqual({ quantity: ['must be a whole number from 1 to 99'] });
      expect(cart.lines[0].quantity).toBe(7);
    });

    it('is not_found for a line that is not in this cart', () => {
      const error = errorOf(() => newCart().setQuantity('nope', 1, 10, T0));
      expect(error.kind).toBe('not_found');
      expect(error.code).toBe('CART.LINE_NOT_FOUND');
      expect(errorOf(() => newCart().removeLine('nope', T0)).kind).toBe('not_found');
    });

    it('removes a line', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 1, 10, T0);
      cart.addItem('l-2', mouse, 1, 10, T0);
      expect(cart.removeLine('l-1', T1).variantId).toBe('v-brown');
      expect(cart.lines.map((l) => l.id)).toEqual(['l-2']);
    });
  });

  describe('discount code', () => {
    it('stores the code upper-case and removes it', () => {
      const cart = newCart();
      expect(cart.applyDiscountCode(' save10 ', T1)).toBe(true);
      expect(cart.discountCode).toBe('SAVE10');
      expect(cart.applyDiscountCode('SAVE10', T1)).toBe(false);
      expect(cart.removeDiscount(T1)).toBe(true);
      expect(cart.discountCode).toBeNull();
      expect(cart.removeDiscount(T1)).toBe(false);
      expect(errorOf(() => cart.applyDiscountCode('  ', T1)).details).toEqual({ code: ['must not be blank'] });
    });
  });

  describe('refresh from the catalog', () => {
    it('reprices, flags archived and removed lines instead of dropping them, and un-flags lines on sale again', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 2, 10, T0);
      cart.addItem('l-2', mouse, 1, 10, T0);
      cart.addItem('l-3', item({ variantId: 'v-red', sku: 'KC-K2-RED' }), 1, 10, T0);

      const states = new Map<string, CartVariantState>([
        ['v-brown', { status: 'available', item: item({ unitPrice: usd(9499) }) }],
        ['v-mouse', { status: 'archived' }],
        // v-red is missing: removed
      ]);
      expect(cart.refresh(states, T1)).toBe(true);
      expect(cart.lines.map((l) => [l.id, l.unavailable, l.unitPrice.amount])).toEqual([
        ['l-1', null, 9499],
        ['l-2', 'archived', 9999],
        ['l-3', 'removed', 8999],
      ]);
      expect(cart.purchasableLines.map((l) => l.id)).toEqual(['l-1']);
      expect(cart.unavailableLines.map((l) => l.id)).toEqual(['l-2', 'l-3']);
      expect(cart.pricingLines()).toEqual([{ unitPrice: usd(9499), quantity: 2 }]);
      expect(cart.refresh(states, T1)).toBe(false);

      states.set('v-mouse', { status: 'available', item: mouse });
      expect(cart.refresh(states, T1)).toBe(true);
      expect(cart.line('l-2')?.unavailable).toBeNull();
    });

    it('refuses to raise the quantity of a flagged line', () => {
      const cart = newCart();
      cart.addItem('l-1', item(), 1, 10, T0);
      cart.refresh(new Map([['v-brown', { status: 'archived' }]]), T1);
      expect(errorOf(() => cart.setQuantity('l-1', 2, 10, T1)).details).toEqual({ 'v-brown': ['is no longer sold'] });
    });
  });

  it('removePurchased takes out the bought units, keeps what was added meanwhile and forgets the code', () => {
    const cart = newCart();
    cart.addItem('l-1', item(), 3, 10, T0);
    cart.addItem('l-2', mouse, 1, 10, T0);
    cart.applyDiscountCode('SAVE10', T0);
    cart.removePurchased([{ variantId: 'v-brown', quantity: 2 }, { variantId: 'v-mouse', quantity: 1 }], T1);
    expect(cart.lines.map((l) => [l.id, l.quantity])).toEqual([['l-1', 1]]);
    expect(cart.discountCode).toBeNull();
  });

  it('round-trips through its snapshot', () => {
    const cart = newCart();
    cart.addItem('l-1', item(), 3, 10, T0);
    cart.addItem('l-2', mouse, 1, 10, T1);
    cart.refresh(new Map([['v-brown', { status: 'available', item: item() }]]), T1);
    cart.applyDiscountCode('SAVE10', T1);
    const snapshot = { ...cart.toSnapshot(), version: 4 };
    expect(Cart.restore(snapshot).toSnapshot()).toEqual(snapshot);
  });
});
