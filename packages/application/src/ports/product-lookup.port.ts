/** A product the public may see (not archived): enough to link to it. */
export interface VisibleProductRef {
  id: string;
  slug: string;
  name: string;
}

/** Finds visible products for other contexts (reviews, wishlist, blog), without their details. */
export interface ProductLookup {
  /** By id (UUID) or slug; null when unknown or archived. */
  findVisible(idOrSlug: string): Promise<VisibleProductRef | null>;
  /** Which of `ids` name visible products (in no particular order). */
  visibleIds(ids: readonly string[]): Promise<string[]>;
}
