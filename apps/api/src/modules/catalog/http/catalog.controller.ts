import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { BrowseProductsUseCase, CreateProductUseCase, GetProductUseCase, ListCategoriesUseCase } from '@devgear/application';
import { createProductSchema, productListQuerySchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { listEnvelope } from '../../../platform/http/list-envelope';
import { Public } from '../../../platform/http/public.decorator';
import { Roles } from '../../../platform/auth/auth.decorators';
import { presentCategory, presentDetail, presentSummary } from './catalog.presenter';

@Controller()
export class CatalogController {
  constructor(
    private readonly browseProducts: BrowseProductsUseCase,
    private readonly getProduct: GetProductUseCase,
    private readonly listCategories: ListCategoriesUseCase,
    private readonly createProduct: CreateProductUseCase,
  ) {}

  @Roles('admin')
  @Post('products')
  @HttpCode(201)
  async create(@Body() body: unknown) {
    const input = parseInput(createProductSchema, body, 'Invalid product');
    const product = await this.createProduct.execute({
      name: input.name,
      slug: input.slug,
      description: input.description,
      brand: input.brand,
      categoryId: input.category_id,
      specifications: input.specifications,
      variants: input.variants,
    });
    return { data: presentDetail(await this.getProduct.execute(product.id)) };
  }

  @Public()
  @Get('categories')
  async categories() {
    const categories = await this.listCategories.execute();
    return { data: categories.map(presentCategory) };
  }

  @Public()
  @Get('products')
  async products(@Query() query: unknown, @Req() req: FastifyRequest) {
    const q = parseInput(productListQuerySchema, query, 'Invalid product filters');
    const result = await this.browseProducts.execute({
      q: q.q,
      categorySlug: q.category,
      brand: q.brand,
      priceMin: q.price_min,
      priceMax: q.price_max,
      inStock: q.in_stock === 'true' ? true : undefined,
      sort: q.sort,
      page: q.page,
      perPage: q.per_page,
    });
    return listEnvelope(result.items.map(presentSummary), result, req.url, {
      facets: { categories: result.facets.categories, brands: result.facets.brands, price: result.facets.price },
    });
  }

  @Public()
  @Get('products/:idOrSlug')
  async product(@Param('idOrSlug') idOrSlug: string) {
    const product = await this.getProduct.execute(idOrSlug);
    return { data: presentDetail(product) };
  }
}
