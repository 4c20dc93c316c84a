import type { CatalogReadModel, ProductSummaryView } from '../../ports/catalog-read-model.port';
import type { WishlistRepository } from '../../ports/wishlist-repository.port';

export interface WishlistItemView {
  product: ProductSummaryView;
  addedAt: Date;
}

/** GET /wishlist: newest first, each product as the listing shows it (price, rating, stock now). */
export class GetWishlistUseCase {
  constructor(private readonly deps: { wishlists: WishlistRepository; catalog: Pick<CatalogReadModel, 'getSummaries'> }) {}

  async execute(customerId: string, page: { page?: number; perPage?: number } = {}): Promise<{ items: WishlistItemView[]; total: number; page: number; perPage: number }> {
    const p = page.page ?? 1;
    const perPage = page.perPage ?? 24;
    const entries = await this.deps.wishlists.list(customerId, { page: p, perPage });
    const summaries = new Map((await this.deps.catalog.getSummaries(entries.items.map((e) => e.productId))).map((s) => [s.id, s]));
    // A product archived between the two reads drops out rather than showing half a card.
    const items = entries.items.flatMap((e) => {
      const product = summaries.get(e.productId);
      return product ? [{ product, addedAt: e.addedAt }] : [];
    });
    return { items, total: entries.total, page: p, perPage };
  }
}
