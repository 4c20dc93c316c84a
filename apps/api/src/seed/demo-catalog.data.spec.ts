import { Money, Product, Sku, Slug } from '@devgear/domain';
import { buildDemoCatalog, DemoProduct } from './demo-catalog.data';
import { escapeXml, renderPlaceholderSvg } from './placeholder-image';

const catalog = buildDemoCatalog();
const { categories, products } = catalog;
const allVariants = products.flatMap((p) => p.variants);

const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._-]{1,63}$/;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HEX = /^#[0-9a-fA-F]{6}$/;
const ICONS = ['keyboard', 'mouse', 'monitor', 'laptop', 'headphones', 'chip', 'cable', 'desk', 'book', 'storage', 'audio', 'generic'];

const lowestPrice = (p: DemoProduct) => Math.min(...p.variants.map((v) => v.price));
const soldOut = (p: DemoProduct) => p.variants.every((v) => v.available === 0);
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/);

/**
 * A small XML well-formedness check, enough for our SVGs: tags nest and close, attribute values
 * are quoted and free of '<', text holds no '<' or '>', and every '&' starts an entity.
 */
function expectWellFormedXml(xml: string): void {
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  const open: string[] = [];
  let pos = 0;
  while (pos < xml.length) {
    if (xml[pos] !== '<') {
      const next = xml.indexOf('<', pos);
      const text = xml.slice(pos, next < 0 ? xml.length : next);
      expect(text).not.toContain('>');
      pos += text.length;
      continue;
    }
    tag.lastIndex = pos;
    const match = tag.exec(xml);
    if (!match) throw new Error(`Malformed markup at ${pos}: ${xml.slice(pos, pos + 60)}`);
    const [whole, closing, name, , selfClosing] = match;
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name);
    pos += whole.length;
  }
  expect(open).toEqual([]);
}

describe('buildDemoCatalog', () => {
  describe('categories', () => {
    it('form a tree of at least 12 categories including the ones the store links to', () => {
      expect(categories.length).toBeGreaterThanOrEqual(12);
      const slugs = categories.map((c) => c.slug);
      for (const required of ['keyboards', 'mice', 'monitors', 'laptops', 'headphones', 'microcontrollers', 'cables', 'desk-gear', 'books', 'storage']) {
        expect(slugs).toContain(required);
      }
      expect(duplicates(slugs)).toEqual([]);
      for (const c of categories) {
        expect(c.slug).toMatch(SLUG_PATTERN);
        expect(c.name.trim().length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.description.length).toBeGreaterThan(10);
        if (c.parentSlug !== null) {
          expect(slugs).toContain(c.parentSlug);
          expect(c.parentSlug).not.toBe(c.slug);
        }
      }
      const parents = categories.filter((c) => c.parentSlug === null);
      expect(parents.length).toBeGreaterThanOrEqual(3);
      expect(categories.some((c) => c.parentSlug !== null)).toBe(true);
    });

    it('parents come before their children, the order the seeder inserts them in', () => {
      const seen = new Set<string>();
      for (const c of categories) {
        if (c.parentSlug) expect(seen.has(c.parentSlug)).toBe(true);
        seen.add(c.slug);
      }
    });

    it('marks exactly six categories as featured, with positions unique among siblings', () => {
      expect(categories.filter((c) => c.featured)).toHaveLength(6);
      const siblings = new Map<string | null, number[]>();
      for (const c of categories) siblings.set(c.parentSlug, [...(siblings.get(c.parentSlug) ?? []), c.position]);
      for (const positions of siblings.values()) expect(duplicates(positions.map(String))).toEqual([]);
    });
  });

  describe('products', () => {
    it('has at least 160 products, each in a leaf category that exists', () => {
      expect(products.length).toBeGreaterThanOrEqual(160);
      const parents = new Set(categories.map((c) => c.parentSlug));
      const slugs = new Set(categories.map((c) => c.slug));
      for (const p of products) {
        expect(slugs.has(p.categorySlug)).toBe(true);
        expect(parents.has(p.categorySlug)).toBe(false);
      }
      // Every leaf category has something to browse.
      for (const c of categories.filter((c) => !parents.has(c.slug))) {
        expect(products.filter((p) => p.categorySlug === c.slug).length).toBeGreaterThanOrEqual(5);
      }
    });

    it('uses unique, well-formed slugs and names', () => {
      expect(duplicates(products.map((p) => p.slug))).toEqual([]);
      expect(duplicates(products.map((p) => p.name.toLowerCase()))).toEqual([]);
      for (const p of products) {
        expect(p.slug).toMatch(SLUG_PATTERN);
        expect(p.slug.length).toBeLessThanOrEqual(120);
        expect(p.name.trim()).toBe(p.name);
        expect(p.name.length).toBeGreaterThan(0);
        expect(p.name.length).toBeLessThanOrEqual(200);
      }
    });

    it('uses globally unique upper-case SKUs', () => {
      const skus = allVariants.map((v) => v.sku);
      expect(duplicates(skus)).toEqual([]);
      for (const sku of skus) expect(sku).toMatch(SKU_PATTERN);
    });

    it('gives every product 2 to 6 variants with distinct, complete option sets', () => {
      for (const p of products) {
        expect(p.variants.length).toBeGreaterThanOrEqual(2);
        expect(p.variants.length).toBeLessThanOrEqual(6);
        const keys = Object.keys(p.variants[0].options).sort();
        expect(keys.length).toBeGreaterThan(0);
        const sets = p.variants.map((v) => {
          expect(Object.keys(v.options).sort()).toEqual(keys);
          for (const value of Object.values(v.options)) {
            expect(typeof value).toBe('string');
            expect(value.trim().length).toBeGreaterThan(0);
          }
          expect(v.name.trim().length).toBeGreaterThan(0);
          return JSON.stringify(keys.map((k) => v.options[k]));
        });
        expect(duplicates(sets)).toEqual([]);
      }
    });

    it('prices every variant in positive whole cents and stocks it in whole units', () => {
      for (const v of allVariants) {
        expect(Number.isInteger(v.price)).toBe(true);
        expect(v.price).toBeGreaterThan(0);
        expect(Number.isInteger(v.available)).toBe(true);
        expect(v.available).toBeGreaterThanOrEqual(0);
        expect(v.available).toBeLessThanOrEqual(120);
      }
    });

    it('prices categories realistically: laptops cost more than cables, options change the price', () => {
      const range = (slug: string) => {
        const prices = products.filter((p) => p.categorySlug === slug).flatMap((p) => p.variants.map((v) => v.price));
        return { min: Math.min(...prices), max: Math.max(...prices) };
      };
      expect(range('laptops').min).toBeGreaterThan(range('cables').max);
      expect(range('microcontrollers').min).toBeLessThan(1000);
      const storage = products.filter((p) => p.categorySlug === 'storage' && p.variants.some((v) => v.options.capacity === '2TB'));
      expect(storage.length).toBeGreaterThan(0);
      for (const p of storage) {
        const price = (capacity: string) => p.variants.find((v) => v.options.capacity === capacity)?.price;
        if (price('1TB') !== undefined) expect(price('2TB')!).toBeGreaterThan(price('1TB')!);
      }
      const books = products.filter((p) => p.categorySlug === 'books');
      for (const b of books) {
        const byFormat = Object.fromEntries(b.variants.map((v) => [v.options.format, v.price]));
        expect(byFormat.ebook).toBeLessThan(byFormat.paperback);
      }
    });

    it('has 4 to 8 specification rows per product with unique keys', () => {
      for (const p of products) {
        expect(p.specifications.length).toBeGreaterThanOrEqual(4);
        expect(p.specifications.length).toBeLessThanOrEqual(8);
        expect(duplicates(p.specifications.map((s) => s.key.toLowerCase()))).toEqual([]);
        for (const s of p.specifications) {
          expect(s.key.trim().length).toBeGreaterThan(0);
          expect(s.value.trim().length).toBeGreaterThan(0);
          if (s.unit !== null) expect(s.unit.trim().length).toBeGreaterThan(0);
        }
      }
      const units = new Set(products.flatMap((p) => p.specifications.map((s) => s.unit)));
      for (const unit of ['g', 'Hz', 'in', 'm', 'pages', 'mm']) expect(units).toContain(unit);
    });

    it('describes each product in 2 to 4 sentences that mention it, with little repetition', () => {
      for (const p of products) {
        const count = sentences(p.description).length;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
        expect(p.description).toContain(p.name);
        expect(p.description).not.toMatch(/\{(name|brand)\}|undefined|NaN/);
      }
      expect(new Set(products.map((p) => p.description)).size).toBe(products.length);
    });

    it('comes from about 25 fictional brands, several products each, some spanning categories', () => {
      const brands = new Map<string, DemoProduct[]>();
      for (const p of products) brands.set(p.brand, [...(brands.get(p.brand) ?? []), p]);
      expect(brands.size).toBeGreaterThanOrEqual(20);
      expect(brands.size).toBeLessThanOrEqual(30);
      for (const [, list] of brands) expect(list.length).toBeGreaterThanOrEqual(2);
      const spanning = [...brands.values()].filter((list) => new Set(list.map((p) => p.categorySlug)).size >= 2);
      expect(spanning.length).toBeGreaterThanOrEqual(8);
    });

    it('fills the keyboards category with 20+ keyboards from 5+ brands across a wide price range', () => {
      const keyboards = products.filter((p) => p.categorySlug === 'keyboards');
      expect(keyboards.length).toBeGreaterThanOrEqual(20);
      expect(new Set(keyboards.map((p) => p.brand)).size).toBeGreaterThanOrEqual(5);
      for (const k of keyboards) expect(k.name).toMatch(/Keyboard/);
      const prices = keyboards.map(lowestPrice);
      expect(Math.min(...prices)).toBeLessThanOrEqual(5000);
      expect(Math.max(...prices)).toBeGreaterThanOrEqual(30000);
      expect(keyboards.filter((k) => !soldOut(k)).length).toBeGreaterThanOrEqual(15);
      // A search for "keyboard" also finds keycaps, cables, wrist rests and a book.
      const matches = products.filter((p) => /keyboard/i.test(`${p.name} ${p.brand} ${p.description}`));
      expect(new Set(matches.map((p) => p.categorySlug)).size).toBeGreaterThanOrEqual(4);
    });

    it('sells out about 8% of the products and leaves some variants at zero or low stock', () => {
      const share = products.filter(soldOut).length / products.length;
      expect(share).toBeGreaterThanOrEqual(0.06);
      expect(share).toBeLessThanOrEqual(0.1);
      const inStock = products.filter((p) => !soldOut(p));
      expect(inStock.some((p) => p.variants.some((v) => v.available === 0))).toBe(true);
      expect(allVariants.filter((v) => v.available >= 1 && v.available <= 3).length).toBeGreaterThanOrEqual(10);
      // The sold-out products are spread over the catalog, not one category.
      expect(new Set(products.filter(soldOut).map((p) => p.categorySlug)).size).toBeGreaterThanOrEqual(4);
    });

    it('contains names that exercise search with punctuation and non-ASCII text', () => {
      const names = products.map((p) => p.name);
      expect(names).toContain("Deskwright Hacker's Desk Mat");
      expect(names).toContain('Tactile Theory 100% Layout Mechanical Keyboard');
      expect(names).toContain('snake_case: Clean Python Naming and Style');
      expect(names).toContain('Quietwave Über-Quiet ANC Headphones');
      expect(names).toContain('Deskwright Café Walnut Monitor Riser');
      expect(names.some((n) => n.includes('&'))).toBe(true);
      expect(names.some((n) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(n))).toBe(true);
      // Their slugs drop the punctuation and fold accents.
      const slugOf = (name: string) => products.find((p) => p.name === name)!.slug;
      expect(slugOf("Deskwright Hacker's Desk Mat")).toBe('deskwright-hackers-desk-mat');
      expect(slugOf('Deskwright Café Walnut Monitor Riser')).toBe('deskwright-cafe-walnut-monitor-riser');
    });

    it('spreads creation dates over the last 400 days', () => {
      const ages = products.map((p) => p.createdDaysAgo);
      for (const age of ages) {
        expect(Number.isInteger(age)).toBe(true);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThanOrEqual(400);
      }
      expect(Math.min(...ages)).toBeLessThan(30);
      expect(Math.max(...ages)).toBeGreaterThan(350);
    });

    it('describes a placeholder image for every product', () => {
      for (const p of products) {
        expect(ICONS).toContain(p.image.icon);
        expect(p.image.palette).toHaveLength(2);
        for (const colour of p.image.palette) expect(colour).toMatch(HEX);
        expect(p.image.label.trim().length).toBeGreaterThan(0);
        expect(p.image.alt.length).toBeLessThanOrEqual(200);
      }
    });

    it('is accepted by the domain: every product passes Product.create', () => {
      const now = new Date('2025-01-01T00:00:00Z');
      for (const p of products) {
        expect(Slug.create(p.slug).value).toBe(p.slug);
        for (const v of p.variants) expect(Sku.create(v.sku).value).toBe(v.sku);
        const product = Product.create(
          {
            id: `id-${p.slug}`,
            name: p.name,
            slug: p.slug,
            description: p.description,
            brand: p.brand,
            categoryId: p.categorySlug,
            specifications: p.specifications,
            variants: p.variants.map((v, i) => ({ id: `${p.slug}-${i}`, sku: v.sku, name: v.name, options: v.options, price: Money.of(v.price, 'USD'), available: v.available })),
          },
          now,
        );
        expect(product.slug).toBe(p.slug);
      }
    });
  });

  describe('determinism', () => {
    it('returns deep-equal catalogs on every call, so seeding twice creates nothing new', () => {
      expect(buildDemoCatalog()).toEqual(buildDemoCatalog());
      expect(buildDemoCatalog()).toEqual(catalog);
    });

    it('hands out fresh objects: changing one result does not leak into the next', () => {
      const first = buildDemoCatalog();
      first.products[0].variants[0].available = 999_999;
      first.products[0].specifications[0].value = 'changed';
      first.categories[0].name = 'changed';
      const second = buildDemoCatalog();
      expect(second.products[0].variants[0].available).toBe(catalog.products[0].variants[0].available);
      expect(second.products[0].specifications[0].value).toBe(catalog.products[0].specifications[0].value);
      expect(second.categories[0].name).toBe(catalog.categories[0].name);
    });

    it('does not depend on Math.random or the clock', () => {
      const random = jest.spyOn(Math, 'random').mockReturnValue(0.5);
      const now = jest.spyOn(Date, 'now').mockReturnValue(0);
      try {
        expect(buildDemoCatalog()).toEqual(catalog);
        expect(random).not.toHaveBeenCalled();
        expect(now).not.toHaveBeenCalled();
      } finally {
        random.mockRestore();
        now.mockRestore();
      }
    });
  });
});

describe('renderPlaceholderSvg', () => {
  it('escapes the label so markup in it stays text', () => {
    const svg = renderPlaceholderSvg({ label: 'Tom & Jerry <b>"x"</b>', palette: ['#112233', '#445566'], icon: 'keyboard' });
    expect(svg).not.toContain('<b>');
    expect(svg).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
    expect(svg).toContain('Tom &amp; Jerry &lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expectWellFormedXml(svg);
  });

  it('escapes apostrophes and drops control characters that XML forbids', () => {
    expect(escapeXml("Hacker's\u0007 <desk>")).toBe('Hacker&apos;s &lt;desk&gt;');
  });

  it('draws an 800x600 self-contained image by default, under 6 KB for every icon', () => {
    for (const icon of ICONS) {
      const svg = renderPlaceholderSvg({ label: 'Algorithms & Data Structures, Illustrated', palette: ['#1e3a8a', '#7c3aed'], icon: icon as DemoProduct['image']['icon'] });
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"')).toBe(true);
      expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(6 * 1024);
      expect(svg).toContain('<linearGradient');
      expect(svg).toContain('stop-color="#1e3a8a"');
      expect(svg).toContain('stop-color="#7c3aed"');
      expect(svg).not.toMatch(/href=|@import|url\((?!#)|@font-face/);
      expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
      expectWellFormedXml(svg);
    }
  });

  it('draws different artwork for different product types', () => {
    const render = (icon: DemoProduct['image']['icon']) => renderPlaceholderSvg({ label: 'x', palette: ['#000000', '#ffffff'], icon });
    const drawings = new Set(ICONS.map((icon) => render(icon as DemoProduct['image']['icon'])));
    expect(drawings.size).toBe(ICONS.length);
  });

  it('renders every demo product within the size budget', () => {
    for (const p of products) {
      const svg = renderPlaceholderSvg({ label: p.image.label, palette: p.image.palette, icon: p.image.icon });
      expect(Buffer.byteLength(svg, 'utf8')).toBeLessThan(6 * 1024);
    }
    const japanese = products.find((p) => p.image.label.includes('日本語'))!;
    expect(renderPlaceholderSvg(japanese.image)).toContain('日本語');
  });

  it('honours a requested size and ignores invalid sizes and colours', () => {
    const small = renderPlaceholderSvg({ label: 'x', palette: ['#000000', '#ffffff'], icon: 'mouse', width: 400, height: 300 });
    expect(small).toContain('width="400" height="300" viewBox="0 0 800 600"');
    const odd = renderPlaceholderSvg({ label: 'x', palette: ['red" onload="alert(1)', '#abc'], icon: 'mouse', width: -5, height: Number.NaN });
    expect(odd).toContain('width="800" height="600"');
    expect(odd).not.toContain('onload');
    expect(odd).toContain('stop-color="#abc"');
  });

  it('shortens very long labels with an ellipsis', () => {
    const svg = renderPlaceholderSvg({ label: 'A'.repeat(100), palette: ['#000000', '#ffffff'], icon: 'book' });
    expect(svg).toContain(`${'A'.repeat(33)}…</text>`);
    expect(svg).not.toContain('A'.repeat(34));
  });
});
