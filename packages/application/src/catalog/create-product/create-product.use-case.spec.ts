import { DomainError } from '@devgear/domain';
import {
  FixedClock,
  InMemoryCategoryRepository,
  InMemoryProductRepository,
  SequentialIdGenerator,
  productFixture,
} from '../../testing';
import { CreateProductUseCase, type CreateProductInput } from './create-product.use-case';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setup(existing = [productFixture({ id: 'existing', name: 'Keychron K2', categoryId: 'c-kb', variants: [{ sku: 'K2-BROWN', price: 8999 }] })]) {
  const products = new InMemoryProductRepository(existing);
  const categories = new InMemoryCategoryRepository([{ id: 'c-kb', slug: 'keyboards', name: 'Keyboards', parentId: null }]);
  const clock = new FixedClock('2025-03-01T12:00:00.000Z');
  const useCase = new CreateProductUseCase(products, categories, new SequentialIdGenerator(), clock, { storeCurrency: 'USD' });
  return { products, useCase, clock };
}

function input(overrides: Partial<CreateProductInput> = {}): CreateProductInput {
  return {
    name: 'HHKB Professional HYBRID',
    description: 'Topre switches, a layout that keeps your hands home.',
    brand: 'PFU',
    categoryId: 'c-kb',
    specifications: [{ key: 'Weight', value: '540', unit: 'g' }],
    variants: [
      { sku: 'hhkb-hybrid-white', name: 'White', options: { colour: 'white' }, price: { amount: 25000, currency: 'USD' }, available: 4 },
      { sku: 'hhkb-hybrid-black', name: 'Black', options: { colour: 'black' }, price: { amount: 26000, currency: 'USD' }, available: 0 },
    ],
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the use case to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('CreateProductUseCase', () => {
  it('creates and saves a product with generated UUIDs and the clock time', async () => {
    const { useCase, products } = setup();
    const product = await useCase.execute(input());

    expect(product.id).toMatch(UUID);
    expect(product.variants.every((v) => UUID.test(v.id))).toBe(true);
    expect(new Set([product.id, ...product.variants.map((v) => v.id)]).size).toBe(3);
    expect(product.slug).toBe('hhkb-professional-hybrid');
    expect(product.variants.map((v) => v.sku.value)).toEqual(['HHKB-HYBRID-WHITE', 'HHKB-HYBRID-BLACK']);
    expect(product.createdAt.toISOString()).toBe('2025-03-01T12:00:00.000Z');

    const stored = await products.findById(product.id);
    expect(stored?.toSnapshot()).toEqual(product.toSnapshot());
    expect(products.outbox.map((e) => [e.name, e.aggregateId])).toEqual([['product.created', product.id]]);
  });

  it('rejects an explicit slug that another product has (409 on slug)', async () => {
    const { useCase, products } = setup();
    const error = await failure(useCase.execute(input({ slug: 'keychron-k2' })));
    expect(error.kind).toBe('conflict');
    expect(error.code).toBe('CATALOG.DUPLICATE_SLUG');
    expect(error.details).toEqual({ slug: ['is already taken by another product'] });
    expect(products.size).toBe(1);
  });

  it('suffixes a derived slug that is taken instead of failing', async () => {
    const { useCase } = setup();
    const first = await useCase.execute(input({ name: 'Keychron K2', variants: [{ sku: 'K2-RED', name: 'Red', price: { amount: 100, currency: 'USD' }, available: 1 }] }));
    const second = await useCase.execute(input({ name: 'Keychron K2', variants: [{ sku: 'K2-BLUE', name: 'Blue', price: { amount: 100, currency: 'USD' }, available: 1 }] }));
    expect(first.slug).toBe('keychron-k2-2');
    expect(second.slug).toBe('keychron-k2-3');
  });

  it('rejects a SKU owned by another product, naming the variant, case-insensitively', async () => {
    const { useCase, products } = setup();
    const variants = input().variants;
    variants[1] = { ...variants[1], sku: ' k2-brown ' };
    const error = await failure(useCase.execute(input({ variants })));
    expect(error.kind).toBe('conflict');
    expect(error.code).toBe('CATALOG.DUPLICATE_SKU');
    expect(error.details).toEqual({ 'variants.1.sku': ['K2-BROWN is already used by another product'] });
    expect(products.size).toBe(1);
  });

  it('reports the slug and every taken SKU together', async () => {
    const { useCase } = setup();
    const error = await failure(
      useCase.execute(
        input({ slug: 'keychron-k2', variants: [{ sku: 'K2-BROWN', name: 'x', price: { amount: 1, currency: 'USD' }, available: 1 }] }),
      ),
    );
    expect(Object.keys(error.details ?? {})).toEqual(['slug', 'variants.0.sku']);
  });

  it('rejects a price outside the store currency', async () => {
    const { useCase } = setup();
    const variants = input().variants;
    variants[0] = { ...variants[0], price: { amount: 25000, currency: 'EUR' } };
    const error = await failure(useCase.execute(input({ variants })));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ 'variants.0.price': ['must be in USD, the store currency'] });
  });

  it('rejects a fractional amount on the variant that has it', async () => {
    const { useCase } = setup();
    const variants = input().variants;
    variants[1] = { ...variants[1], price: { amount: 99.5, currency: 'USD' } };
    const error = await failure(useCase.execute(input({ variants })));
    expect(error.details).toEqual({ 'variants.1.price': ['must be a whole number of minor units'] });
  });

  it('passes on the product rules', async () => {
    const { useCase } = setup();
    const error = await failure(useCase.execute(input({ variants: [] })));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ variants: ['must contain at least one variant'] });
  });

  it('rejects an unknown category as a validation error on category_id', async () => {
    const { useCase, products } = setup();
    const error = await failure(useCase.execute(input({ categoryId: 'nope' })));
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ category_id: ['does not match any category'] });
    expect(products.size).toBe(1);
  });
});
