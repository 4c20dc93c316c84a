import { ProductRating, Review, alreadyReviewed, reviewChangedMeanwhile, type RatingDelta, type ReviewSnapshot, type ReviewStatus } from '@devgear/domain';
import type { AdminReviewQuery, AdminReviewView, ReviewReadModel, ReviewSort, ReviewView } from '../ports/review-read-model.port';
import type { ReviewRepository } from '../ports/review-repository.port';
import type { Rating } from './in-memory-catalog.read-model';
import type { InMemoryProductRepository } from './in-memory-product.repository';
import type { InMemoryUserRepository } from './in-memory-user.repository';

/**
 * Reviews as rows, with each product's rating kept by deltas like the database does. The
 * `ratings` map is the one the in-memory catalog read model shows, so a spec sees the
 * product's rating move exactly as a shopper would.
 */
export class InMemoryReviewStore implements ReviewRepository, ReviewReadModel {
  readonly rows: ReviewSnapshot[] = [];
  readonly votes = new Set<string>();
  private readonly sums = new Map<string, ProductRating>();

  constructor(
    private readonly users: InMemoryUserRepository,
    private readonly products: InMemoryProductRepository,
    readonly ratings: Map<string, Rating> = new Map(),
  ) {}

  /** The rating as stored (count and sum), for asserting the maths. */
  ratingOf(productId: string): ProductRating {
    return this.sums.get(productId) ?? ProductRating.NONE;
  }

  async findById(id: string): Promise<Review | null> {
    const row = this.rows.find((r) => r.id === id);
    return row ? Review.restore(row) : null;
  }

  async findByAuthor(productId: string, authorId: string): Promise<Review | null> {
    const row = this.rows.find((r) => r.productId === productId && r.authorId === authorId);
    return row ? Review.restore(row) : null;
  }

  async add(review: Review): Promise<void> {
    const s = review.toSnapshot();
    if (this.rows.some((r) => r.productId === s.productId && r.authorId === s.authorId)) throw alreadyReviewed();
    this.rows.push(s);
    this.applyDelta(s.productId, review.contribution);
  }

  async saveModeration(review: Review, from: ReviewStatus, delta: RatingDelta): Promise<void> {
    const index = this.rows.findIndex((r) => r.id === review.id && r.status === from);
    if (index < 0) throw reviewChangedMeanwhile(review.id);
    this.rows[index] = { ...review.toSnapshot(), helpfulCount: this.rows[index].helpfulCount };
    this.applyDelta(review.productId, delta);
  }

  async remove(review: Review, delta: RatingDelta): Promise<void> {
    const index = this.rows.findIndex((r) => r.id === review.id && r.status === review.status);
    if (index < 0) throw reviewChangedMeanwhile(review.id);
    this.rows.splice(index, 1);
    this.applyDelta(review.productId, delta);
  }

  async addHelpfulVote(reviewId: string, voterId: string): Promise<boolean> {
    const key = `${reviewId}:${voterId}`;
    const row = this.rows.find((r) => r.id === reviewId);
    if (!row || this.votes.has(key)) return false;
    this.votes.add(key);
    row.helpfulCount += 1;
    return true;
  }

  async listForProduct(productId: string, q: { sort: ReviewSort; page: number; perPage: number }): Promise<{ items: ReviewView[]; total: number }> {
    const rows = this.rows.filter((r) => r.productId === productId && r.status === 'visible').sort(comparator(q.sort));
    const start = (q.page - 1) * q.perPage;
    return { items: rows.slice(start, start + q.perPage).map((r) => this.view(r)), total: rows.length };
  }

  async get(id: string): Promise<ReviewView | null> {
    const row = this.rows.find((r) => r.id === id);
    return row ? this.view(row) : null;
  }

  async listForAdmin(q: AdminReviewQuery): Promise<{ items: AdminReviewView[]; total: number }> {
    const views = this.rows
      .filter((r) => (!q.status || r.status === q.status) && (!q.productId || r.productId === q.productId) && (q.rating === undefined || r.rating === q.rating))
      .sort(comparator('newest'))
      .map((r) => this.adminView(r))
      .filter((v) => !q.q || `${v.title} ${v.body} ${v.author.email} ${v.product.name}`.toLowerCase().includes(q.q.toLowerCase()));
    const start = (q.page - 1) * q.perPage;
    return { items: views.slice(start, start + q.perPage), total: views.length };
  }

  async getForAdmin(id: string): Promise<AdminReviewView | null> {
    const row = this.rows.find((r) => r.id === id);
    return row ? this.adminView(row) : null;
  }

  private applyDelta(productId: string, delta: RatingDelta): void {
    const next = this.ratingOf(productId).apply(delta);
    this.sums.set(productId, next);
    this.ratings.set(productId, next.toJSON());
  }

  private view(r: ReviewSnapshot): ReviewView {
    const author = this.users.users.find((u) => u.id === r.authorId);
    return {
      id: r.id,
      productId: r.productId,
      rating: r.rating,
      title: r.title,
      body: r.body,
      authorFirstName: author?.firstName ?? '',
      verifiedPurchase: r.verifiedPurchase,
      helpfulCount: r.helpfulCount,
      status: r.status,
      createdAt: new Date(r.createdAt.getTime()),
    };
  }

  private adminView(r: ReviewSnapshot): AdminReviewView {
    const author = this.users.users.find((u) => u.id === r.authorId);
    const product = this.products.snapshots().find((p) => p.id === r.productId);
    return {
      ...this.view(r),
      author: { id: r.authorId, firstName: author?.firstName ?? '', lastName: author?.lastName ?? '', email: author?.email ?? '' },
      product: { id: r.productId, slug: product?.slug ?? '', name: product?.name ?? '' },
      updatedAt: new Date(r.updatedAt.getTime()),
    };
  }
}

function comparator(sort: ReviewSort): (a: ReviewSnapshot, b: ReviewSnapshot) => number {
  const newest = (a: ReviewSnapshot, b: ReviewSnapshot) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  switch (sort) {
    case 'rating_desc':
      return (a, b) => b.rating - a.rating || newest(a, b);
    case 'rating_asc':
      return (a, b) => a.rating - b.rating || newest(a, b);
    case 'helpful':
      return (a, b) => b.helpfulCount - a.helpfulCount || newest(a, b);
    default:
      return newest;
  }
}
