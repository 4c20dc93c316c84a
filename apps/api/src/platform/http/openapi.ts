import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  addressSchema,
  addressUpdateSchema,
  changePasswordSchema,
  changeRoleSchema,
  createProductSchema,
  addWishlistItemSchema,
  blogPreviewSchema,
  createBlogPostSchema,
  createReviewSchema,
  moderateReviewSchema,
  updateBlogPostSchema,
  loginSchema,
  logoutSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  productListQuerySchema,
  PRODUCT_SORTS,
  refreshSchema,
  registerSchema,
  updateProfileSchema,
} from '@devgear/contracts';
import { z } from 'zod';
import { CATALOG_READ_OPENAPI_PATHS } from '../../modules/catalog/http/catalog-fast-path';

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'timestamp', 'request_id'],
      properties: {
        code: { type: 'string', example: 'VALIDATION_ERROR' },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        timestamp: { type: 'string', format: 'date-time' },
        request_id: { type: 'string' },
      },
    },
  },
};

const money = { type: 'object', properties: { amount: { type: 'integer', description: 'minor units' }, currency: { type: 'string', example: 'USD' } } };

/**
 * OpenAPI 3 document at /api/docs-json and Swagger UI at /api/docs. Nest discovers the
 * routes; request schemas come from the same zod schemas the controllers validate with
 * (packages/contracts), so the document cannot drift from the validation.
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('DevGear API')
    .setDescription('HTTP API of the DevGear store. See CONTRACT.md for envelopes, errors and rules.')
    .setVersion('1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  for (const [path, item] of Object.entries(CATALOG_READ_OPENAPI_PATHS)) {
    document.paths[path] = { ...(document.paths[path] ?? {}), ...(item as object) };
  }
  document.components = { ...(document.components ?? {}), schemas: { ...(document.components?.schemas ?? {}), Error: errorSchema as never, Money: money as never } };

  const listQuery = z.toJSONSchema(productListQuerySchema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, object>;
  };
  const products = document.paths['/api/v1/products']?.get;
  if (products) {
    products.summary = 'List and search products with facets';
    products.parameters = Object.entries(listQuery.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query' as const,
      required: false,
      schema: name === 'sort' ? { type: 'string', enum: [...PRODUCT_SORTS] } : (schema as never),
    }));
  }
  const bodies: Record<string, z.ZodType> = {
    'post /api/v1/auth/register': registerSchema,
    'post /api/v1/auth/login': loginSchema,
    'post /api/v1/auth/refresh': refreshSchema,
    'post /api/v1/auth/logout': logoutSchema,
    'post /api/v1/auth/password-reset-request': passwordResetRequestSchema,
    'post /api/v1/auth/password-reset': passwordResetSchema,
    'patch /api/v1/me': updateProfileSchema,
    'put /api/v1/me/password': changePasswordSchema,
    'post /api/v1/me/addresses': addressSchema,
    'patch /api/v1/me/addresses/{id}': addressUpdateSchema,
    'patch /api/v1/admin/users/{id}': changeRoleSchema,
    'post /api/v1/products': createProductSchema,
    'post /api/v1/products/{product}/reviews': createReviewSchema,
    'patch /api/v1/admin/reviews/{id}': moderateReviewSchema,
    'post /api/v1/wishlist/items': addWishlistItemSchema,
    'post /api/v1/admin/blog/posts': createBlogPostSchema,
    'patch /api/v1/admin/blog/posts/{id}': updateBlogPostSchema,
    'post /api/v1/admin/blog/preview': blogPreviewSchema,
  };
  // Routes CONTRACT.md does not name, documented here (the contract's own are described there).
  const extras: Record<string, string> = {
    'get /api/v1/products/{product}/reviews': 'Visible reviews of a product (id or slug); sort newest | rating_desc | rating_asc | helpful; meta.own_review is the signed-in caller\'s review, any status',
    'post /api/v1/reviews/{id}/helpful': '"Was this helpful?": one vote per customer (voting again changes nothing, 200); the author may not vote (403); hidden reviews are 404',
    'get /api/v1/products/{product}/also-bought': '"Customers also bought": products sharing paid orders with this one, then the same category, best rated first',
    'put /api/v1/admin/blog/posts/{id}/cover': 'Sets the cover image: multipart/form-data with `file` (JPEG, PNG or WebP, at most 10 MiB) and `alt`; the replaced file is deleted',
    'delete /api/v1/admin/blog/posts/{id}/cover': 'Removes the cover image (and its file)',
    'post /api/v1/admin/blog/preview': 'Renders Markdown exactly as saving a post would (sanitised HTML), for the editor\'s live preview',
    'delete /api/v1/wishlist/items/{productId}': 'Removes the product from the wishlist; 204 whether or not it was on it',
  };
  for (const [key, summary] of Object.entries(extras)) {
    const [method, path] = key.split(' ');
    const op = (document.paths[path] as Record<string, { summary?: string }> | undefined)?.[method];
    if (op) op.summary = summary;
  }
  for (const [key, schema] of Object.entries(bodies)) {
    const [method, path] = key.split(' ');
    const op = (document.paths[path] as Record<string, { requestBody?: unknown }> | undefined)?.[method];
    if (op) {
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) } },
      };
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item) as { responses?: Record<string, unknown> }[]) {
      if (op && typeof op === 'object' && op.responses) {
        op.responses['4XX'] = { description: 'Error envelope', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
      }
    }
  }
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
