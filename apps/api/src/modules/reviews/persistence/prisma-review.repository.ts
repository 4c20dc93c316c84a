import { Inject, Injectable } from '@nestjs/common';
import type { ReviewRepository } from '@devgear/application';
import { Review, alreadyReviewed, reviewChangedMeanwhile, type RatingDelta, type ReviewStatus } from '@devgear/domain';
import { PrismaService } from '../../../platform/database/prisma.service';
import { CATALOG_CHANGES, PRODUCT_RATINGS, type CatalogChanges, type ProductRatings } from '../../catalog/catalog.tokens';
import { isUniqueViolation } from '../../../platform/database/unique-violation';

/**
 * Reviews in PostgreSQL. Every write is one interactive transaction holding the review row change
 * AND the product's rating delta (the catalog's ProductRatings, in the same transaction). The rating is a live field of the catalog: the change is in
 * the catalog change log (a database trigger), so every instance shows it within a second
 * without dropping any cached page, and this one reads the log before answering
 * (CATALOG_CHANGES.liveFieldsChanged).
 */
@Injectable()
export class PrismaReviewRepository implements ReviewRepository {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(CATALOG_CHANGES) private readonly catalog: CatalogChanges,
    @Inject(PRODUCT_RATINGS) private readonly ratings: ProductRatings,
  ) {}

  async findById(id: string): Promise<Review | null> {
    const row = await this.prisma.review.findUnique({ where: { id } });
    return row ? Review.restore(row) : null;
  }

  async findByAuthor(productId: string, authorId: string): Promise<Review | null> {
    const row = await this.prisma.review.findUnique({ where: { productId_authorId: { productId, authorId } } });
    return row ? Review.restore(row) : null;
  }

  async add(review: Review): Promise<void> {
    const s = review.toSnapshot();
    try {
      await this.prisma.transaction(async (tx) => {
        await tx.review.create({ data: s });
        await this.ratings.apply(s.productId, review.contribution);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'product_id', 'author_id', 'reviews_product_id_author_id_key')) throw alreadyReviewed();
      throw error;
    }
    await this.catalog.liveFieldsChanged();
  }

  async saveModeration(review: Review, from: ReviewStatus, delta: RatingDelta): Promise<void> {
    const s = review.toSnapshot();
    await this.prisma.transaction(async (tx) => {
      const { count } = await tx.review.updateMany({ where: { id: s.id, status: from }, data: { status: s.status, updatedAt: s.updatedAt } });
      if (count === 0) throw reviewChangedMeanwhile(s.id);
      await this.ratings.apply(s.productId, delta);
    });
    await this.catalog.liveFieldsChanged();
  }

  async remove(review: Review, delta: RatingDelta): Promise<void> {
    await this.prisma.transaction(async (tx) => {
      const { count } = await tx.review.deleteMany({ where: { id: review.id, status: review.status } });
      if (count === 0) throw reviewChangedMeanwhile(review.id);
      await this.ratings.apply(review.productId, delta);
    });
    await this.catalog.liveFieldsChanged();
  }

  async addHelpfulVote(reviewId: string, voterId: string, at: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`
        INSERT INTO review_helpful_votes (review_id, voter_id, created_at)
        VALUES (${reviewId}::uuid, ${voterId}::uuid, ${at})
        ON CONFLICT DO NOTHING`;
      if (inserted === 0) return false;
      await tx.review.update({ where: { id: reviewId }, data: { helpfulCount: { increment: 1 } } });
      return true;
    });
  }
}
