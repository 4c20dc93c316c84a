import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CreateProductUseCase, GetProductUseCase } from '@devgear/application';
import { createProductSchema } from '@devgear/contracts';
import { parseInput } from '../../../platform/http/errors';
import { Roles } from '../../../platform/auth/auth.decorators';
import { presentDetail } from './catalog.presenter';

/**
 * Catalog writes handled by Nest. The public reads (GET /products, /products/{id-or-slug},
 * /categories) are served by CatalogFastPath, registered on Fastify directly.
 */
@Controller()
export class CatalogController {
  constructor(
    private readonly getProduct: GetProductUseCase,
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
}
