import { DomainError } from '../shared/domain-error';
import { Category, type CategoryNode } from './category.entity';
import { CategoryTree } from './category-tree';

const node = (id: string, parentId: string | null = null, slug = id): CategoryNode => ({ id, slug, name: id.toUpperCase(), parentId });

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

//  peripherals
//  ├─ keyboards
//  │  ├─ mechanical
//  │  └─ keycaps
//  └─ mice
//  audio
const categories = [
  node('peripherals'),
  node('keyboards', 'peripherals'),
  node('mechanical', 'keyboards'),
  node('keycaps', 'keyboards'),
  node('mice', 'peripherals'),
  node('audio'),
];

describe('CategoryTree', () => {
  const tree = CategoryTree.build(categories);

  it('lists a category and all its descendants', () => {
    expect(tree.descendantIdsOf('peripherals').sort()).toEqual(['keyboards', 'keycaps', 'mechanical', 'mice', 'peripherals']);
    expect(tree.descendantIdsOf('keyboards').sort()).toEqual(['keyboards', 'keycaps', 'mechanical']);
    expect(tree.descendantIdsOf('mechanical')).toEqual(['mechanical']);
    expect(tree.descendantIdsOf('unknown')).toEqual([]);
  });

  it('puts the category itself first', () => {
    expect(tree.descendantIdsOf('keyboards')[0]).toBe('keyboards');
  });

  it('finds categories by slug and id', () => {
    expect(tree.findBySlug('mice')?.id).toBe('mice');
    expect(tree.findBySlug('nope')).toBeNull();
    expect(tree.findById('audio')?.slug).toBe('audio');
  });

  it('knows roots, children and the breadcrumb path', () => {
    expect(tree.roots().map((c) => c.id)).toEqual(['peripherals', 'audio']);
    expect(tree.childrenOf('keyboards').map((c) => c.id)).toEqual(['mechanical', 'keycaps']);
    expect(tree.ancestorsOf('mechanical').map((c) => c.id)).toEqual(['peripherals', 'keyboards']);
    expect(tree.ancestorsOf('audio')).toEqual([]);
    expect(tree.size).toBe(6);
  });

  it('rejects a cycle and names the categories in it', () => {
    const error = errorOf(() => CategoryTree.build([node('a', 'c'), node('b', 'a'), node('c', 'b'), node('d')]));
    expect(error.code).toBe('CATALOG.CATEGORY_CYCLE');
    expect(error.message).toMatch(/a -> c -> b -> a|b -> a -> c -> b|c -> b -> a -> c/);
    expect(error.details).toEqual({ parent_id: ['would make the category its own ancestor'] });
  });

  it('rejects a category that is its own parent', () => {
    expect(errorOf(() => CategoryTree.build([node('a', 'a')])).code).toBe('CATALOG.CATEGORY_CYCLE');
  });

  it('rejects an unknown parent', () => {
    const error = errorOf(() => CategoryTree.build([node('a'), node('b', 'ghost')]));
    expect(error.code).toBe('CATALOG.UNKNOWN_PARENT_CATEGORY');
    expect(error.message).toContain('"b"');
  });

  it('rejects duplicate slugs', () => {
    const error = errorOf(() => CategoryTree.build([node('a', null, 'same'), node('b', null, 'same')]));
    expect(error.code).toBe('CATALOG.DUPLICATE_CATEGORY');
  });

  it('handles a deep chain without recursion limits', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => node(`n${i}`, i === 0 ? null : `n${i - 1}`));
    const deep = CategoryTree.build(chain);
    expect(deep.descendantIdsOf('n4990')).toHaveLength(10);
  });

  it('accepts Category entities', () => {
    const root = Category.create({ id: 'r', name: 'Audio & Hi-Fi' });
    const child = Category.create({ id: 'h', name: 'Headphones', parentId: 'r' });
    const built = CategoryTree.build([root, child]);
    expect(built.findBySlug('audio-hi-fi')?.id).toBe('r');
    expect(built.descendantIdsOf('r')).toEqual(['r', 'h']);
  });
});

describe('Category', () => {
  it('derives its slug from the name unless given', () => {
    expect(Category.create({ id: '1', name: 'Mechanical Keyboards' }).slug).toBe('mechanical-keyboards');
    expect(Category.create({ id: '1', name: 'Mechanical Keyboards', slug: 'mech' }).slug).toBe('mech');
  });

  it('rejects a blank name, a bad slug and itself as parent', () => {
    const error = errorOf(() => Category.create({ id: '1', name: ' ', slug: 'Bad Slug', parentId: '1' }));
    expect(Object.keys(error.details ?? {}).sort()).toEqual(['name', 'parentId', 'slug']);
  });
});
