import { Injectable } from '@nestjs/common';
import type { RatingDelta } from '@devgear/domain';
import { PrismaService } from '../../../platform/database/prisma.service';
import { sql } from '../../../platform/database/sql';
import type { ProductRatings } from '../catalog.tokens';

/**
 * Applies a review change's delta to the product's rating in ONE statement of the caller's
 * transaction. The UPDATE locks the product row and computes from the row as it is then, so
 * concurrent review changes serialise on it and the rating stays exact (no read-modify-write).
 */
@Injectable()
export class PrismaProductRatings implements ProductRatings {
  constructor(private readonly prisma: PrismaService) {}

  async apply(productId: string, delta: RatingDelta): Promise<void> {
    if (delta.count === 0 && delta.sum === 0) return;
    await this.prisma.query(sql`
      UPDATE products SET
        rating_count = rating_count + ${delta.count}::int,
        rating_sum = rating_sum + ${delta.sum}::int,
        rating_average = CASE WHEN rating_count + ${delta.count}::int > 0
          THEN round((rating_sum + ${delta.sum}::int)::numeric / (rating_count + ${delta.count}::int), 2) ELSE 0 END
      WHERE id = ${productId}::uuid`);
  }
}
