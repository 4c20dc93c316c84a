import { z } from 'zod';
import type { ProductSummaryDto } from './catalog';
import type { ListEnvelope } from './common';

/** POST /wishlist/items. */
export const addWishlistItemSchema = z.object({ product_id: z.string({ message: 'is required' }).uuid('must be a product id (UUID)') }).strict();
export type AddWishlistItemRequest = z.input<typeof addWishlistItemSchema>;

export interface WishlistItemDto {
  product: ProductSummaryDto;
  added_at: string;
}

export type WishlistResponse = ListEnvelope<WishlistItemDto>;

/** GET /recommendations and GET /products/{id}/also-bought. */
export type RecommendationsResponse = ListEnvelope<ProductSummaryDto>;
