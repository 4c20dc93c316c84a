import { Inject, Injectable, Optional } from '@nestjs/common';
import { CATALOG_CHANGES, type CatalogChanges } from '../catalog.tokens';
import { CatalogErrorCodes, CatalogEvents, DomainError, Product, ProductSnapshot } from '@devgear/domain';
import type { ProductRepository } from '@devgear/application';
import { Prisma } from '../../../generated/prisma/client';
import { PrismaService } from '../../../platform/database/prisma.service';
import { writeOutbox } from '../../../platform/outbox/outbox-writer';
import { refreshInStock } from './in-stock';

type Tx = Prisma.TransactionClient;

/**
 * Maps the Product aggregate to rows. Every save writes the product, its variants and
 * images and the denormalised listing columns (min_price, in_stock) in ONE transaction, so
 * a listing never sees a half-written product. The search document is derived by the
 * database in the same statements (trigger products_search_document).
 */
@Injectable()
export class PrismaProductRepository implements ProductRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Optional() @Inject(CATALOG_CHANGES) private readonly changes?: CatalogChanges,
  ) {}

  async findById(id: string): Promise<Product | null> {
    return this.load({ id });
  }

  async findBySlug(slug: string): Promise<Product | null> {
    return this.load({ slug });
  }

  async skuTaken(sku: string, exceptProductId?: string): Promise<string | null> {
    const v = await this.prisma.variant.findUnique({ where: { sku }, select: { productId: true } });
    return v && v.productId !== exceptProductId ? v.productId : null;
  }

  async slugTaken(slug: string, exceptProductId?: string): Promise<boolean> {
    const p = await this.prisma.product.findUnique({ where: { slug }, select: { id: true } });
    return Boolean(p && p.id !== exceptProductId);
  }

  async save(product: Product): Promise<void> {
    // Stock is written only where this product changed it (setStock): checkouts take stock
    // concurrently, so a rename must never write back the units it loaded.
    const events = product.pullEvents();
    const stockChanged = new Set(events.filter((e) => e.name === CatalogEvents.STOCK_CHANGED).map((e) => (e.payload as { variantId: string }).variantId));
    await this.prisma.transaction(async (tx) => {
      await this.write(tx, product, stockChanged);
      // The product's events (created, updated, archived, stock changed...) are stored with it.
      await writeOutbox(tx, events);
    });
    product.markPersisted();
    await this.changes?.invalidate();
  }

  /** Bulk insert of new products (seeding): one transaction, set-based statements. */
  async insertMany(products: Product[]): Promise<void> {
    await this.prisma.$transaction((tx) => insertProducts(tx, products), { timeout: 60_000 });
    await this.changes?.invalidate();
  }

  private async write(tx: Tx, product: Product, stockChanged: ReadonlySet<string>): Promise<void> {
    const s = product.toSnapshot();
    const row = productRow(product, s);
    if (product.persistedVersion === 0) {
      await tx.product.create({ data: row });
    } else {
      // Optimistic concurrency: only while the stored row is still the version this product was loaded at.
      const { count } = await tx.product.updateMany({ where: { id: s.id, version: product.persistedVersion }, data: row });
      if (count === 0) {
        throw new DomainError(
          CatalogErrorCodes.STALE_VERSION,
          'This product was changed by someone else meanwhile; reload it and apply your changes again',
          'conflict',
          { version: ['is not the current version of this product'] },
        );
      }
    }
    const variantIds = s.variants.map((v) => v.id);
    await tx.variant.deleteMany({ where: { productId: s.id, id: { notIn: variantIds } } });
    const existing = new Set((await tx.variant.findMany({ where: { productId: s.id }, select: { id: true } })).map((v) => v.id));
    for (const v of variantRows(s)) {
      if (!existing.has(v.id as string)) await tx.variant.create({ data: v });
      else {
        const { available, ...rest } = v;
        await tx.variant.update({ where: { id: v.id }, data: stockChanged.has(v.id as string) ? { ...rest, available } : rest });
      }
    }
    await tx.productImage.deleteMany({ where: { productId: s.id } });
    const images = imageRows(s);
    if (images.length) await tx.productImage.createMany({ data: images });
    await refreshInStock(this.prisma, [s.id]);
  }

  private async load(where: { id: string } | { slug: string }): Promise<Product | null> {
    const p = await this.prisma.product.findUnique({
      where: where as Prisma.ProductWhereUniqueInput,
      include: { variants: { orderBy: { position: 'asc' } }, images: { orderBy: { position: 'asc' } } },
    });
    if (!p) return null;
    return Product.restore({
      id: p.id,
      slug: p.slug,
      name: p.name,
      description: p.description,
      brand: p.brand,
      categoryId: p.categoryId,
      specifications: (p.specifications as { key: string; value: string; unit?: string | null }[]).map((x) => ({
        key: x.key,
        value: x.value,
        unit: x.unit ?? null,
      })),
      variants: p.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        name: v.name,
        options: v.options as Record<string, string>,
        price: { amount: v.price, currency: p.currency.trim() },
        available: v.available,
      })),
      images: p.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt, storageKey: i.storageKey, position: i.position })),
      archivedAt: p.archivedAt,
      version: p.version,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    });
  }
}

/** Set-based insert of new products inside the caller's transaction (seeding, imports). */
export async function insertProducts(tx: Tx, products: Product[]): Promise<void> {
  if (products.length === 0) return;
  const snaps = products.map((p) => p.toSnapshot());
  await tx.product.createMany({ data: products.map((p, i) => productRow(p, snaps[i])) });
  await tx.variant.createMany({ data: snaps.flatMap(variantRows) });
  const images = snaps.flatMap(imageRows);
  if (images.length) await tx.productImage.createMany({ data: images });
}

function productRow(product: Product, s: ProductSnapshot): Prisma.ProductUncheckedCreateInput {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    brand: s.brand,
    categoryId: s.categoryId,
    specifications: s.specifications.map((x) => ({ key: x.key, value: x.value, unit: x.unit ?? null })),
    minPrice: product.minPrice.amount,
    currency: product.minPrice.currency,
    inStock: product.inStock,
    archivedAt: s.archivedAt,
    version: s.version,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

function variantRows(s: ProductSnapshot): Prisma.VariantUncheckedCreateInput[] {
  return s.variants.map((v, position) => ({
    id: v.id,
    productId: s.id,
    sku: v.sku,
    name: v.name,
    options: v.options,
    price: v.price.amount,
    available: v.available,
    position,
  }));
}

function imageRows(s: ProductSnapshot): Prisma.ProductImageCreateManyInput[] {
  return s.images.map((i) => ({
    id: i.id,
    productId: s.id,
    storageKey: i.storageKey,
    url: i.url,
    alt: i.alt,
    position: i.position,
  }));
}
