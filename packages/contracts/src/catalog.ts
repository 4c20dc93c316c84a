import { z } from 'zod';
import { PRODUCT_SORTS, type ProductSort } from './constants';
import { MoneyDto, ListEnvelope, ListMeta, moneySchema, paginationQuerySchema, queryInt } from './common';


const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => s.trim())
    .optional()
    .transform((s) => (s ? s : undefined));

/** GET /products query string (wire names). */
export const productListQuerySchema = paginationQuerySchema
  .extend({
    q: optionalText(200),
    category: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a category slug')
      .max(100)
      .optional(),
    brand: optionalText(100),
    price_min: queryInt({ min: 0, max: 100_000_000 }).optional(),
    price_max: queryInt({ min: 0, max: 100_000_000 }).optional(),
    in_stock: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
    sort: z.enum(PRODUCT_SORTS, { message: `must be one of ${PRODUCT_SORTS.join(', ')}` }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.price_min !== undefined && v.price_max !== undefined && v.price_min > v.price_max) {
      ctx.addIssue({ code: 'custom', path: ['price_min'], message: 'must not be greater than price_max' });
    }
  });
export type ProductListQuery = z.input<typeof productListQuerySchema>;

export interface CategoryDto {
  id: string;
  slug: string;
  name: string;
  parent_id: string | null;
  product_count: number;
}

export interface ImageDto {
  id: string;
  url: string;
  alt: string;
}

export interface ProductSummaryDto {
  id: string;
  slug: string;
  name: string;
  brand: string;
  category: { id: string; slug: string; name: string };
  /** The lowest variant price. */
  price: MoneyDto;
  /** The highest variant price: above `price` when the variants differ ("from $X"). */
  max_price: MoneyDto;
  rating: { average: number; count: number };
  image: { url: string; alt: string } | null;
  in_stock: boolean;
}

export interface SpecificationDto {
  key: string;
  value: string;
  unit: string | null;
}

export interface VariantDto {
  id: string;
  sku: string;
  name: string;
  options: Record<string, string>;
  price: MoneyDto;
  in_stock: boolean;
  available: number;
}

export interface ProductDetailDto extends ProductSummaryDto {
  description: string;
  specifications: SpecificationDto[];
  images: ImageDto[];
  variants: VariantDto[];
  created_at: string;
  updated_at: string;
}

export interface ProductFacets {
  categories: { slug: string; count: number }[];
  brands: { name: string; count: number }[];
  price: { min: number; max: number } | { min: null; max: null };
}

export interface ProductListMeta extends ListMeta {
  facets: ProductFacets;
}

export type ProductListResponse = ListEnvelope<ProductSummaryDto, ProductListMeta>;

/** POST /products (admin) body. Unknown fields are rejected so typos don't vanish silently. */
export const createProductSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
    slug: z.string().trim().max(120, 'must be at most 120 characters').optional(),
    description: z.string().max(20_000, 'must be at most 20000 characters').default(''),
    brand: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    category_id: z.string().uuid('must be a category id (UUID)'),
    specifications: z
      .array(
        z
          .object({
            key: z.string().trim().min(1, 'is required').max(100),
            value: z.string().trim().min(1, 'is required').max(500),
            unit: z.string().trim().max(20).nullable().optional(),
          })
          .strict(),
      )
      .max(50, 'at most 50 specifications')
      .default([]),
    variants: z
      .array(
        z
          .object({
            sku: z.string().trim().min(1, 'is required').max(64),
            name: z.string().trim().min(1, 'is required').max(200),
            options: z.record(z.string(), z.string().trim().min(1, 'must not be empty').max(100)).default({}),
            price: moneySchema,
            available: z.number().int('must be a whole number').min(0, 'must be at least 0').max(1_000_000),
          })
          .strict(),
      )
      .min(1, 'a product needs at least one variant')
      .max(100, 'at most 100 variants'),
  })
  .strict();
export type CreateProductRequest = z.input<typeof createProductSchema>;

const variantUpdateSchema = z
  .object({
    id: z.string().uuid('must be a variant id of this product').optional(),
    sku: z.string().trim().min(1, 'is required').max(64),
    name: z.string().trim().min(1, 'is required').max(200),
    options: z.record(z.string(), z.string().trim().min(1, 'must not be empty').max(100)).default({}),
    price: moneySchema,
    /** Only for new variants; existing stock changes through PUT .../stock. */
    available: z.number().int('must be a whole number').min(0, 'must be at least 0').max(1_000_000).optional(),
  })
  .strict();

/** PATCH /products/{id}: `version` (from the product as loaded) plus the fields to change. */
export const updateProductSchema = createProductSchema
  .omit({ variants: true, description: true, specifications: true })
  .partial()
  .extend({
    version: z.number({ message: 'is required (the version you edited)' }).int().min(1),
    description: z.string().max(20_000, 'must be at most 20000 characters').optional(),
    specifications: createProductSchema.shape.specifications.unwrap().optional(),
    variants: z.array(variantUpdateSchema).min(1, 'a product needs at least one variant').max(100, 'at most 100 variants').optional(),
  })
  .strict();
export type UpdateProductRequest = z.input<typeof updateProductSchema>;

/** The text fields of an image upload (multipart, the image in the `file` part); the domain checks the alt text. */
export const imageUploadFieldsSchema = z.object({ alt: z.string() }).strict();

/** PUT /products/{id}/images/order. */
export const reorderImagesSchema = z.object({ image_ids: z.array(z.string().uuid('must be an image id')).min(1).max(50) }).strict();

/** PUT /products/{id}/variants/{variant_id}/stock. */
export const setStockSchema = z
  .object({
    available: z.number({ message: 'is required' }).int('must be a whole number').min(0, 'must be at least 0').max(1_000_000, 'must be at most 1000000'),
    reason: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  })
  .strict();
export type SetStockRequest = z.input<typeof setStockSchema>;

export const adminProductListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    status: z.enum(['active', 'archived', 'all'], { message: 'must be active, archived or all' }).optional(),
    page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1, 'must be at least 1')).optional(),
    per_page: z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(1).max(100, 'must be at most 100')).optional(),
  })
  .strict();

export interface StockMovementDto {
  id: string;
  variant_id: string;
  sku: string;
  previous: number;
  available: number;
  delta: number;
  reason: string;
  author: { id: string; email: string | null } | null;
  at: string;
}

/** The back office's product: everything an editor needs, archived ones included. */
export interface AdminProductDto {
  id: string;
  slug: string;
  name: string;
  description: string;
  brand: string;
  category_id: string;
  specifications: { key: string; value: string; unit: string | null }[];
  variants: { id: string; sku: string; name: string; options: Record<string, string>; price: MoneyDto; available: number }[];
  images: { id: string; url: string; alt: string }[];
  total_available: number;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
