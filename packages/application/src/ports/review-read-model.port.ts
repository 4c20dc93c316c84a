import type { ReviewStatus } from '@devgear/domain';

/** The sort orders of GET /products/{id}/reviews. */
export const REVIEW_SORTS = ['newest', 'rating_desc', 'rating_asc', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewView {
  id: string;
  productId: string;
  rating: number;
  title: string;
  body: string;
  /** Only the first name is public. */
  authorFirstName: string;
  verifiedPurchase: boolean;
  helpfulCount: number;
  status: ReviewStatus;
  createdAt: Date;
}

/** What moderators see: who wrote it, about which product, and its status. */
export interface AdminReviewView extends ReviewView {
  author: { id: string; firstName: string; lastName: string; email: string };
  product: { id: string; slug: string; name: string };
  updatedAt: Date;
}

export interface AdminReviewQuery {
  status?: ReviewStatus;
  productId?: string;
  rating?: number;
  /** Case-insensitive: part of the title, body, author's email or product name. */
  q?: string;
  page: number;
  perPage: number;
}

export interface ReviewReadModel {
  /** Visible reviews of one product in the given order, ties broken by newest then id. */
  listForProduct(productId: string, query: { sort: ReviewSort; page: number; perPage: number }): Promise<{ items: ReviewView[]; total: number }>;
  /** One review, any status (the author sees their own hidden one). */
  get(id: string): Promise<ReviewView | null>;
  /** Every review (any status), newest first. */
  listForAdmin(query: AdminReviewQuery): Promise<{ items: AdminReviewView[]; total: number }>;
  getForAdmin(id: string): Promise<AdminReviewView | null>;
}
