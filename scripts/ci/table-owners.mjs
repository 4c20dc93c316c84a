// Which module of apps/api owns which table: only the owner writes it. Other modules reach it
// through the owner's ports (DI tokens), or, for the read models listed under `reads`, by
// reading it with their own SQL (never writing). ARCHITECTURE.md shows the same map.
export const SHARED_TABLES = {
  // The platform's: every context's repositories write their domain events to the outbox in
  // the transaction of the change (platform/outbox).
  outbox: 'platform',
  mailbox_messages: 'platform',
  processed_events: 'platform',
  // When each background job last ran, written by whichever worker ran it (platform/jobs).
  background_job_runs: 'platform',
};

export const TABLE_OWNERS = {
  catalog: {
    owns: ['categories', 'products', 'variants', 'product_images', 'stock_movements', 'stock_reservations', 'catalog_changes', 'search_words'],
  },
  identity: { owns: ['users', 'addresses', 'refresh_tokens', 'password_resets'] },
  cart: { owns: ['carts', 'cart_lines', 'guest_carts'] },
  discount: { owns: ['discounts', 'discount_redemptions'] },
  ordering: { owns: ['orders', 'order_lines', 'order_status_history', 'idempotency_keys'] },
  // The payment provider's wiring; the local provider (adapters/local) keeps its charges and refunds.
  payments: { owns: ['local_charges', 'local_refunds'] },
  // Partners report packed/shipped/delivered through ordering's AdvanceOrderStatusUseCase.
  fulfilment: { owns: [] },
  reviews: { owns: ['reviews', 'review_helpful_votes'] },
  wishlist: { owns: ['wishlist_items'] },
  blog: { owns: ['blog_posts', 'blog_post_products'] },
  recommendations: {
    owns: ['recommendation_refreshes'],
    // A read model: SQL aggregates over what was bought.
    reads: ['orders', 'order_lines', 'products'],
  },
  analytics: {
    owns: [],
    // A read model: the sales dashboard's aggregates.
    reads: ['orders', 'order_lines', 'products', 'users'],
  },
  health: { owns: [] },
  // Outbound partner webhooks (PARTNER_WEBHOOKS) and the back office's System page.
  webhooks: { owns: ['webhook_deliveries'] },
};
