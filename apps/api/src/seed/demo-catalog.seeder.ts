import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Money, Product } from '@devgear/domain';
import type { FileStorage } from '@devgear/application';
import { PrismaService } from '../platform/database/prisma.service';
import { insertProducts } from '../modules/catalog/persistence/prisma-product.repository';
import { CATALOG_CHANGES, type CatalogChanges, FILE_STORAGE } from '../modules/catalog/catalog.tokens';
import { buildDemoCatalog, DemoProduct } from './demo-catalog.data';
import { renderPlaceholderSvg } from './placeholder-image';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Serialises seeding across API instances sharing one database. */
const SEED_LOCK_KEY = 7_301_001;

export interface SeedResult {
  categoriesCreated: number;
  productsCreated: number;
  productsSkipped: number;
}

/**
 * Loads the demo catalog. Idempotent: categories and products are matched by slug and
 * only missing ones are created (an admin's later edits are never overwritten), so
 * seeding twice changes nothing. Every product goes through the domain aggregate, so
 * demo data obeys the same invariants as admin input.
 */
@Injectable()
export class DemoCatalogSeeder {
  private readonly logger = new Logger('DemoCatalogSeeder');

  constructor(
    private readonly prisma: PrismaService,
    @Inject(FILE_STORAGE) private readonly files: FileStorage,
    @Inject(CATALOG_CHANGES) private readonly changes: CatalogChanges,
  ) {}

  async seed(now = new Date()): Promise<SeedResult> {
    const demo = buildDemoCatalog();
    const result = await this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;

        const existingCategories = await tx.category.findMany({ select: { id: true, slug: true } });
        const categoryIds = new Map(existingCategories.map((c) => [c.slug, c.id]));
        let categoriesCreated = 0;
        // Parents first, so each child can point at its parent's id.
        const pending = [...demo.categories];
        while (pending.length) {
          const ready = pending.findIndex((c) => c.parentSlug === null || categoryIds.has(c.parentSlug));
          if (ready < 0) throw new Error(`Demo categories reference unknown parents: ${pending.map((c) => c.slug).join(', ')}`);
          const [c] = pending.splice(ready, 1);
          if (categoryIds.has(c.slug)) continue;
          const id = randomUUID();
          await tx.category.create({
            data: {
              id,
              slug: c.slug,
              name: c.name,
              description: c.description,
              parentId: c.parentSlug ? categoryIds.get(c.parentSlug)! : null,
              position: c.position,
              featured: c.featured,
            },
          });
          categoryIds.set(c.slug, id);
          categoriesCreated += 1;
        }

        const existingSlugs = new Set((await tx.product.findMany({ select: { slug: true } })).map((p) => p.slug));
        const takenSkus = new Set((await tx.variant.findMany({ select: { sku: true } })).map((v) => v.sku));
        const fresh: { demo: DemoProduct; product: Product }[] = [];
        let productsSkipped = 0;
        for (const d of demo.products) {
          if (existingSlugs.has(d.slug)) continue;
          if (d.variants.some((v) => takenSkus.has(v.sku))) {
            productsSkipped += 1;
            this.logger.warn(`demo product ${d.slug} skipped: one of its SKUs is already used by another product`);
            continue;
          }
          fresh.push({ demo: d, product: await this.buildProduct(d, categoryIds.get(d.categorySlug)!, now) });
        }
        await insertProducts(
          tx,
          fresh.map((f) => f.product),
        );
        return { categoriesCreated, productsCreated: fresh.length, productsSkipped };
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
    if (result.categoriesCreated || result.productsCreated) {
      await this.changes.invalidate();
      this.logger.log(`demo data: ${result.categoriesCreated} categories and ${result.productsCreated} products created`);
    }
    return result;
  }

  private async buildProduct(d: DemoProduct, categoryId: string, now: Date): Promise<Product> {
    const svg = renderPlaceholderSvg({ label: d.image.label, palette: d.image.palette, icon: d.image.icon });
    const stored = await this.files.put(`demo/${d.slug}.svg`, Buffer.from(svg, 'utf8'), 'image/svg+xml');
    const createdAt = new Date(now.getTime() - d.createdDaysAgo * DAY_MS);
    return Product.create(
      {
        id: randomUUID(),
        name: d.name,
        slug: d.slug,
        description: d.description,
        brand: d.brand,
        categoryId,
        specifications: d.specifications,
        variants: d.variants.map((v) => ({
          id: randomUUID(),
          sku: v.sku,
          name: v.name,
          options: v.options,
          price: Money.of(v.price, 'USD'),
          available: v.available,
        })),
        images: [{ id: randomUUID(), url: stored.url, alt: d.image.alt, storageKey: stored.key, position: 0 }],
      },
      createdAt,
    );
  }
}
