import { Product } from './product.aggregate';
import { T0, T1, T2, props, validationError } from './product.spec-kit';

describe('Product images', () => {
  const image = (id: string) => ({ id, url: `https://cdn.example/${id}.jpg`, alt: `Photo ${id}`, storageKey: `products/${id}.jpg` });

  it('appends images in order and removes them, closing the gap', () => {
    const product = Product.create(props(), T0);
    product.pullEvents();
    product.addImage(image('a'), T1);
    product.addImage(image('b'), T1);
    product.addImage(image('c'), T1);
    const removed = product.removeImage('a', T2);

    expect(removed.storageKey).toBe('products/a.jpg');
    expect(product.images.map((i) => [i.id, i.position])).toEqual([
      ['b', 0],
      ['c', 1],
    ]);
    expect(product.version).toBe(5);
    expect(product.pullEvents().map((e) => e.name)).toEqual([
      'product.image_added',
      'product.image_added',
      'product.image_added',
      'product.image_removed',
    ]);
  });

  it('reorders images when every image is listed once; anything else is refused', () => {
    const product = Product.create(props(), T0);
    for (const id of ['a', 'b', 'c']) product.addImage(image(id), T1);
    product.pullEvents();
    product.reorderImages(['c', 'a', 'b'], T2);
    expect(product.images.map((i) => [i.id, i.position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
    ]);
    expect(product.pullEvents().map((e) => e.name)).toEqual(['product.images_reordered']);
    const version = product.version;
    product.reorderImages(['c', 'a', 'b'], T2);
    expect(product.version).toBe(version);
    for (const bad of [['c', 'a'], ['c', 'a', 'a'], ['c', 'a', 'x'], ['c', 'a', 'b', 'd']]) {
      expect(validationError(() => product.reorderImages(bad, T2)).details).toEqual({ image_ids: ['must list every image of the product exactly once'] });
    }
  });

  it('needs alternative text', () => {
    const product = Product.create(props(), T0);
    expect(validationError(() => product.addImage({ ...image('a'), alt: ' ' }, T1)).details).toEqual({ alt: ['must not be blank'] });
  });

  it('is not_found when removing an unknown image', () => {
    const product = Product.create(props(), T0);
    expect(() => product.removeImage('nope', T1)).toThrow(expect.objectContaining({ code: 'CATALOG.IMAGE_NOT_FOUND', kind: 'not_found' }));
  });

  it('orders images given at creation by position', () => {
    const product = Product.create(
      props({ images: [{ ...image('late'), position: 5 }, { ...image('early'), position: 1 }] }),
      T0,
    );
    expect(product.images.map((i) => [i.id, i.position])).toEqual([
      ['early', 0],
      ['late', 1],
    ]);
  });
});

describe('snapshots', () => {
  it('round-trips through plain data without recording events', () => {
    const product = Product.create(props({ images: [{ id: 'i1', url: 'https://cdn/x.jpg', alt: 'x', storageKey: 'k/x.jpg' }] }), T0);
    product.archive(T1);
    const snapshot = product.toSnapshot();

    expect(snapshot).toEqual({
      id: 'p-1',
      slug: 'keychron-k2-pro',
      name: 'Keychron K2 — Pro!',
      description: 'A compact wireless mechanical keyboard.',
      brand: 'Keychron',
      categoryId: 'c-keyboards',
      specifications: [
        { key: 'Weight', value: '794', unit: 'g' },
        { key: 'Layout', value: '75%', unit: null },
      ],
      variants: [
        { id: 'v-brown', sku: 'KC-K2-BROWN', name: 'Brown switches', options: { switch: 'brown' }, price: { amount: 8999, currency: 'USD' }, available: 5 },
        { id: 'v-red', sku: 'KC-K2-RED', name: 'Red switches', options: { switch: 'red' }, price: { amount: 7999, currency: 'USD' }, available: 0 },
      ],
      images: [{ id: 'i1', url: 'https://cdn/x.jpg', alt: 'x', storageKey: 'k/x.jpg', position: 0 }],
      archivedAt: T1,
      version: 2,
      createdAt: T0,
      updatedAt: T1,
    });
    // plain data: survives a structured clone (no class instances or functions)
    expect(structuredClone(snapshot)).toEqual(snapshot);

    const restored = Product.restore(snapshot);
    expect(restored.pullEvents()).toEqual([]);
    expect(restored.toSnapshot()).toEqual(snapshot);
    expect(restored.minPrice.amount).toBe(7999);
  });

  it('hands out copies: mutating a snapshot does not change the product', () => {
    const product = Product.create(props(), T0);
    const snapshot = product.toSnapshot();
    snapshot.variants[0].options.switch = 'blue';
    snapshot.createdAt.setFullYear(2000);
    expect(product.variants[0].options).toEqual({ switch: 'brown' });
    expect(product.createdAt).toEqual(T0);
  });
});
