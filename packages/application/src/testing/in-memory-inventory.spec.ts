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
  it('reserves all lines or none, naming every short variant', async () => {
    const stock = inventory();
    const error = await stock.reserve([{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-b-v1', quantity: 2 }, { variantId: 'nope', quantity: 1 }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual({ 'p-b-v1': ['only 1 available'], nope: ['only 0 available'] });
    expect([stock.available('p-a-v1'), stock.available('p-b-v1')]).toEqual([3, 1]);
    await stock.reserve([{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-b-v1', quantity: 1 }]);
    expect([stock.available('p-a-v1'), stock.available('p-b-v1')]).toEqual([1, 0]);
    await stock.release([{ variantId: 'p-a-v1', quantity: 2 }]);
    expect(stock.available('p-a-v1')).toBe(3);
  });

  it('counts the same variant on several lines together', async () => {
    const stock = inventory();
    await expect(stock.reserve([{ variantId: 'p-a-v1', quantity: 2 }, { variantId: 'p-a-v1', quantity: 2 }])).rejects.toMatchObject({ kind: 'out_of_stock' });
    expect(stock.available('p-a-v1')).toBe(3);
  });

  it('never oversells to concurrent reservations', async () => {
    const stock = inventory();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => stock.reserve([{ variantId: 'p-a-v1', quantity: 1 }])));
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
    await expect(inventory().reserve([{ variantId: 'p-a-v1', quantity: 0 }])).rejects.toThrow(/at least 1/);
  });
});
