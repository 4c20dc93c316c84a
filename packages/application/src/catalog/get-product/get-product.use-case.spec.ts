import { DomainError } from '@devgear/domain';
import {
  InMemoryCatalogReadModel,
  InMemoryCategoryRepository,
  InMemoryProductRepository,
  productFixture,
} from '../../testing';
import { GetProductUseCase } from './get-product.use-case';

function setup() {
  const categories = new InMemoryCategoryRepository([{ id: 'c-kb', slug: 'keyboards', name: 'Keyboards', parentId: null }]);
  const products = new InMemoryProductRepository([
    productFixture({
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Keychron K2',
      categoryId: 'c-kb',
      variants: [
        { sku: 'K2-BROWN', price: 8999, available: 0, options: { switch: 'brown' } },
        { sku: 'K2-RED', price: 7999, available: 4, options: { switch: 'red' } },
      ],
      images: [{ id: 'img-1', url: 'https://cdn.example/k2.jpg', alt: 'Keychron K2 from above', storageKey: 'products/k2.jpg' }],
    }),
    productFixture({ id: '00000000-0000-4000-8000-000000000002', name: 'Retired board', categoryId: 'c-kb', archived: true }),
  ]);
  const ratings = new Map([['00000000-0000-4000-8000-000000000001', { average: 4.5, count: 12 }]]);
  return new GetProductUseCase(new InMemoryCatalogReadModel(products, categories, ratings));
}

describe('GetProductUseCase', () => {
  it('finds a product by slug with its variants, images and summary fields', async () => {
    const product = await setup().execute('keychron-k2');
    expect(product).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      slug: 'keychron-k2',
      category: { id: 'c-kb', slug: 'keyboards', name: 'Keyboards' },
      price: { amount: 7999, currency: 'USD' },
      rating: { average: 4.5, count: 12 },
      image: { url: 'https://cdn.example/k2.jpg', alt: 'Keychron K2 from above' },
      inStock: true,
      images: [{ id: 'img-1', url: 'https://cdn.example/k2.jpg', alt: 'Keychron K2 from above' }],
    });
    expect(product.variants.map((v) => [v.sku, v.available])).toEqual([
      ['K2-BROWN', 0],
      ['K2-RED', 4],
    ]);
  });

  it('finds a product by id', async () => {
    expect((await setup().execute('00000000-0000-4000-8000-000000000001')).slug).toBe('keychron-k2');
  });

  it.each(['no-such-product', 'retired-board', '   '])('is not_found for %p', async (key) => {
    const error = await setup()
      .execute(key)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CATALOG.PRODUCT_NOT_FOUND', kind: 'not_found', message: 'Product not found' });
  });
});
