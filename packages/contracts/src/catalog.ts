import { z } from 'zod';
import { MoneyDto, ListEnvelope, ListMeta, moneySchema, paginationQuerySchema, queryInt } from './common';

export const PRODUCT_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating_desc', 'name_asc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

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
  price: MoneyDto;
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
