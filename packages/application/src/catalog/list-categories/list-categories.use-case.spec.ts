import {
  InMemoryCatalogReadModel,
  InMemoryCategoryRepository,
  InMemoryProductRepository,
  productFixture,
} from '../../testing';
import { ListCategoriesUseCase } from './list-categories.use-case';

describe('ListCategoriesUseCase', () => {
  it('lists categories in tree order with product counts including sub-categories', async () => {
    const categories = new InMemoryCategoryRepository([
      { id: 'c-audio', slug: 'audio', name: 'Audio', parentId: null },
      { id: 'c-mice', slug: 'mice', name: 'Mice', parentId: 'c-periph' },
      { id: 'c-mech', slug: 'mechanical', name: 'Mechanical', parentId: 'c-kb' },
      { id: 'c-periph', slug: 'peripherals', name: 'Peripherals', parentId: null },
      { id: 'c-kb', slug: 'keyboards', name: 'Keyboards', parentId: 'c-periph' },
    ]);
    const products = new InMemoryProductRepository([
      productFixture({ id: 'p1', name: 'K2', categoryId: 'c-mech' }),
      productFixture({ id: 'p2', name: 'HHKB', categoryId: 'c-kb' }),
      productFixture({ id: 'p3', name: 'MX Master', categoryId: 'c-mice' }),
      productFixture({ id: 'p4', name: 'Gone', categoryId: 'c-mice', archived: true }),
    ]);
    const useCase = new ListCategoriesUseCase(new InMemoryCatalogReadModel(products, categories));

    const list = await useCase.execute();
    expect(list.map((c) => [c.slug, c.parentId, c.productCount])).toEqual([
      ['audio', null, 0],
      ['peripherals', null, 3],
      ['keyboards', 'c-periph', 2],
      ['mechanical', 'c-kb', 1],
      ['mice', 'c-periph', 1],
    ]);
  });

  it('keeps a category whose parent is missing, as a root', async () => {
    const catalog = {
      listCategories: async () => [
        { id: 'b', slug: 'orphan', name: 'Orphan', parentId: 'gone', productCount: 0 },
        { id: 'a', slug: 'audio', name: 'Audio', parentId: null, productCount: 0 },
      ],
      listProducts: async () => {
        throw new Error('not used');
      },
      getProduct: async () => null,
    };
    const list = await new ListCategoriesUseCase(catalog).execute();
    expect(list.map((c) => c.slug)).toEqual(['audio', 'orphan']);
  });
});
