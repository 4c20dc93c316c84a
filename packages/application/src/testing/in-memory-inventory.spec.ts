import { DomainError } from '@devgear/domain';
import { InMemoryInventory } from './in-memory-inventory';
import { productFixture } from './product.fixture';

function inventory() {
  return new InMemoryInventory([
    productFixture({ id: 'p-a', name: 'A', categoryId: 'c', variants: [{ sku: 'A-1', price: 100, available: 3 }] }),
    productFixture({ id: 'p-b', name: 'B', categoryId: 'c', variants: [{ sku: 'B-1', price: 200, available: 1 }] }),
  ]);
}

describe('InMemoryInventory', () => {
  it('reserves all lines or none for an order, naming every short variant, and releases what the order holds once', async () => {
    const stock = inventory();
    const error = await stock
      .reserveForOrder('o-1', [{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-b-v1', quantity: 2 }, { variantId: 'nope', quantity: 1 }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual({ 'p-b-v1': ['only 1 available'], nope: ['only 0 available'] });
    expect([stock.available('p-a-v1'), stock.available('p-b-v1')]).toEqual([3, 1]);
    expect(stock.heldBy('o-1')).toEqual({});
    await stock.reserveForOrder('o-1', [{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-b-v1', quantity: 1 }]);
    expect([stock.available('p-a-v1'), stock.available('p-b-v1')]).toEqual([1, 0]);
    expect(stock.heldBy('o-1')).toEqual({ 'p-a-v1': 2, 'p-b-v1': 1 });
    await expect(stock.releaseForOrder('o-1')).resolves.toEqual([{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-b-v1', quantity: 1 }]);
    await expect(stock.releaseForOrder('o-1')).resolves.toEqual([]); // idempotent: nothing held any more
    expect([stock.available('p-a-v1'), stock.available('p-b-v1')]).toEqual([3, 1]);
  });

  it('counts the same variant on several lines together', async () => {
    const stock = inventory();
    await expect(stock.reserveForOrder('o-1', [{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-a-v1', quantity: 2 }])).rejects.toMatchObject({ kind: 'out_of_stock' });
    expect(stock.available('p-a-v1')).toBe(3);
  });

  it('never oversells to concurrent reservations', async () => {
    const stock = inventory();
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => stock.reserveForOrder(`o-${i}`, [{ variantId: 'p-a-v1', quantity: 1 }])));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(stock.available('p-a-v1')).toBe(0);
  });

  it('reports archived products and leaves removed variants out', async () => {
    const stock = inventory();
    stock.archiveProduct('p-a');
    stock.removeVariant('p-b-v1');
    const found = await stock.findVariants(['p-a-v1', 'p-b-v1']);
    expect(found.map((v) => [v.variantId, v.productArchived, v.productName, v.variantName, v.price.amount])).toEqual([['p-a-v1', true, 'A', 'Variant 1', 100]]);
  });

  it('refuses stock lines without a positive whole quantity', async () => {
    await expect(inventory().reserveForOrder('o-1', [{ variantId: 'p-a-v1', quantity: 0 }])).rejects.toThrow(/at least 1/);
  });
});
