/**
 * The SQL aggregates behind recommendations. Every list holds ids of visible products that can
 * be bought now (not archived, in stock), best first.
 */
export interface RecommendationSource {
  /**
   * Products of the customer's most-bought categories (by units in paid orders) that they have
   * not bought, best rated first; empty without purchases.
   */
  fromBoughtCategories(customerId: string, limit: number): Promise<string[]>;
  /** Products the customer has bought (paid orders), to leave out of what is recommended. */
  boughtBy(customerId: string): Promise<string[]>;
  /** Most units in paid (not cancelled or refunded) orders placed since `since`. */
  bestSellers(since: Date, limit: number): Promise<string[]>;
  /** Best rated first (average, then number of reviews), then newest. */
  bestRated(limit: number): Promise<string[]>;
  /** Products sharing paid orders with this one, most shared orders first, then units. */
  boughtTogetherWith(productId: string, limit: number): Promise<string[]>;
  /** Other products of the product's category, best rated first. */
  sameCategoryAs(productId: string, limit: number): Promise<string[]>;
  /** The customer and products of an order (null when unknown), for refreshing after its events. */
  orderFacts(orderId: string): Promise<{ customerId: string; productIds: string[] } | null>;
}
