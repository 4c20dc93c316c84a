import { reviewNotFound } from '@devgear/domain';
import type { AdminReviewQuery, AdminReviewView } from '../../ports/review-read-model.port';
import type { ReviewDeps } from '../review.deps';

/** GET /admin/reviews: the moderation queue (every status, newest first) and one review by id. */
export class ListAdminReviewsUseCase {
  constructor(private readonly deps: Pick<ReviewDeps, 'read'>) {}

  execute(query: AdminReviewQuery): Promise<{ items: AdminReviewView[]; total: number }> {
    return this.deps.read.listForAdmin(query);
  }

  async one(id: string): Promise<AdminReviewView> {
    const review = await this.deps.read.getForAdmin(id);
    if (!review) throw reviewNotFound(id);
    return review;
  }
}
