import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ArchiveProductUseCase, ProductImagesUseCase, SetVariantStockUseCase, UpdateProductUseCase, type StockMovement } from '@devgear/application';
import { reorderImagesSchema, adminProductListQuerySchema, paginationQuerySchema, setStockSchema, updateProductSchema, type AdminProductDto, type StockMovementDto } from '@devgear/contracts';
import type { Product } from '@devgear/domain';
import { Prisma } from '../../../generated/prisma/client';
import { ApiError, parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { readImageUpload } from '../../../platform/http/image-upload';
import { AuthUser, CurrentUser, Roles } from '../../../platform/auth/auth.decorators';
import { PrismaService } from '../../../platform/database/prisma.service';
import { PrismaProductRepository } from '../persistence/prisma-product.repository';
import { pathId } from '../../../platform/http/path-id';

const id = (value: string, what = 'Product') => pathId(value, what);

export function presentAdminProduct(p: Product): AdminProductDto {
  const s = p.toSnapshot();
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    description: s.description,
    brand: s.brand,
    category_id: s.categoryId,
    specifications: s.specifications.map((x) => ({ key: x.key, value: x.value, unit: x.unit ?? null })),
    variants: s.variants.map((v) => ({ id: v.id, sku: v.sku, name: v.name, options: v.options, price: v.price, available: v.available })),
    images: s.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt })),
    total_available: s.variants.reduce((n, v) => n + v.available, 0),
    archived_at: s.archivedAt?.toISOString() ?? null,
    version: s.version,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

const presentMovement = (m: StockMovement): StockMovementDto => ({
  id: m.id,
  variant_id: m.variantId,
  sku: m.sku,
  previous: m.previous,
  available: m.available,
  delta: m.delta,
  reason: m.reason,
  author: m.author,
  at: m.at.toISOString(),
});

/**
 * The catalog's write side for admins (CONTRACT.md): PATCH/DELETE /products/{id} and
 * PUT /products/{id}/variants/{variant_id}/stock, plus the back office's reads under
 * /admin/products (archived products included, stock history).
 */
@Roles('admin')
@Controller()
export class AdminProductsController {
  constructor(
    private readonly products: PrismaProductRepository,
    private readonly prisma: PrismaService,
    private readonly updateProduct: UpdateProductUseCase,
    private readonly archiveProduct: ArchiveProductUseCase,
    private readonly setStock: SetVariantStockUseCase,
    private readonly images: ProductImagesUseCase,
  ) {}

  /** multipart/form-data with `file` (JPEG, PNG or WebP, at most 10 MiB) and `alt`. */
  @Post('products/:id/images')
  @HttpCode(201)
  async addImage(@Param('id') productId: string, @Req() req: FastifyRequest) {
    const pid = id(productId);
    const { bytes, alt } = await readImageUpload(req);
    const product = await this.images.add({ productId: pid, bytes, alt });
    return { data: presentAdminProduct(product) };
  }

  @Delete('products/:id/images/:imageId')
  async removeImage(@Param('id') productId: string, @Param('imageId') imageId: string) {
    return { data: presentAdminProduct(await this.images.remove(id(productId), id(imageId, 'Image'))) };
  }

  /** PUT /products/{id}/images/order { image_ids }: the first becomes the main image. */
  @Put('products/:id/images/order')
  async reorderImages(@Param('id') productId: string, @Body() body: unknown) {
    const input = parseInput(reorderImagesSchema, body, 'Invalid image order');
    return { data: presentAdminProduct(await this.images.reorder(id(productId), input.image_ids)) };
  }

  @Patch('products/:id')
  async update(@Param('id') productId: string, @Body() body: unknown) {
    const input = parseInput(updateProductSchema, body, 'Invalid product change');
    const product = await this.updateProduct.execute({
      productId: id(productId),
      version: input.version,
      name: input.name,
      slug: input.slug,
      description: input.description,
      brand: input.brand,
      categoryId: input.category_id,
      specifications: input.specifications,
      variants: input.variants,
    });
    return { data: presentAdminProduct(product) };
  }

  @Delete('products/:id')
  @HttpCode(204)
  async archive(@Param('id') productId: string) {
    await this.archiveProduct.execute(id(productId));
  }

  @Put('products/:id/variants/:variantId/stock')
  async stock(@CurrentUser() admin: AuthUser, @Param('id') productId: string, @Param('variantId') variantId: string, @Body() body: unknown) {
    const input = parseInput(setStockSchema, body, 'Invalid stock level');
    const movement = await this.setStock.execute({
      productId: id(productId),
      variantId: id(variantId, 'Variant'),
      available: input.available,
      reason: input.reason,
      author: { id: admin.id, email: admin.email ?? null },
    });
    return { data: presentMovement(movement) };
  }

  @Get('admin/products')
  async list(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(adminProductListQuerySchema, query, 'Invalid product filters');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 24;
    const status = q.status ?? 'active';
    const where: Prisma.ProductWhereInput = {
      ...(status === 'active' ? { archivedAt: null } : status === 'archived' ? { archivedAt: { not: null } } : {}),
      ...(q.q
        ? { OR: [{ name: { contains: q.q, mode: 'insensitive' } }, { brand: { contains: q.q, mode: 'insensitive' } }, { variants: { some: { sku: { contains: q.q, mode: 'insensitive' } } } }] }
        : {}),
    };
    const [ids, total] = await Promise.all([
      this.prisma.product.findMany({ where, select: { id: true }, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], skip: (page - 1) * perPage, take: perPage }),
      this.prisma.product.count({ where }),
    ]);
    const products = await Promise.all(ids.map((p) => this.products.findById(p.id)));
    return listEnvelope(products.filter((p): p is Product => p !== null).map(presentAdminProduct), { page, perPage, total }, req.url);
  }

  @Get('admin/products/:id')
  async one(@Param('id') productId: string) {
    const product = await this.products.findById(id(productId));
    if (!product) throw ApiError.notFound('Product not found');
    return { data: presentAdminProduct(product) };
  }

  @Get('admin/products/:id/stock-movements')
  async movements(@Param('id') productId: string, @Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(paginationQuerySchema, query, 'Invalid page');
    const page = q.page ?? 1;
    const perPage = q.per_page ?? 50;
    const result = await this.setStock.history(id(productId), { page, perPage });
    return listEnvelope(result.items.map(presentMovement), { page, perPage, total: result.total }, req.url);
  }
}
