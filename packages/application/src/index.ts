// Ports
export * from './ports/clock.port';
export * from './ports/id-generator.port';
export * from './ports/product-repository.port';
export * from './ports/category-repository.port';
export * from './ports/catalog-read-model.port';
export * from './ports/password-hasher.port';
export * from './ports/user-repository.port';
export * from './ports/file-storage.port';
export * from './ports/token-issuer.port';
export * from './ports/refresh-token-store.port';
export * from './ports/password-reset-store.port';
export * from './ports/secure-random.port';
export * from './ports/token-hasher.port';
export * from './ports/mailer.port';
export * from './ports/domain-event-sink.port';
export * from './ports/error-reporter.port';

// Catalog use cases
export * from './catalog/browse-products/browse-products.use-case';
export * from './catalog/get-product/get-product.use-case';
export * from './catalog/list-categories/list-categories.use-case';
export * from './catalog/create-product/create-product.use-case';

// Identity use cases
export * from './identity/ensure-admin/ensure-admin.use-case';
export * from './identity/session-issuer';
export * from './identity/email-templates';
export * from './identity/identity.failures';
export * from './identity/register-user/register-user.use-case';
export * from './identity/login-user/login-user.use-case';
export * from './identity/refresh-session/refresh-session.use-case';
export * from './identity/logout/logout.use-case';
export * from './identity/request-password-reset/request-password-reset.use-case';
export * from './identity/send-password-reset/send-password-reset.use-case';
export * from './identity/send-welcome-email/send-welcome-email.use-case';
export * from './identity/reset-password/reset-password.use-case';
export * from './identity/get-profile/get-profile.use-case';
export * from './identity/update-profile/update-profile.use-case';
export * from './identity/change-password/change-password.use-case';
export * from './identity/manage-addresses/manage-addresses.use-case';
export * from './identity/change-user-role/change-user-role.use-case';
export * from './identity/list-users/list-users.use-case';

// Cart, checkout and orders: ports
export * from './ports/cart-repository.port';
export * from './ports/guest-cart-store.port';
export * from './ports/order-repository.port';
export * from './ports/discount-repository.port';
export * from './ports/variant-catalog.port';
export * from './ports/stock-reservations.port';
export * from './ports/payment-gateway.port';
export * from './ports/idempotency-store.port';
export * from './ports/processed-event-store.port';
export * from './ports/order-number-generator.port';
export * from './shared/retry-on-conflict';

// Cart use cases
export * from './cart/cart.support';
export * from './cart/get-cart/get-cart.use-case';
export * from './cart/add-cart-item/add-cart-item.use-case';
export * from './cart/update-cart-item/update-cart-item.use-case';
export * from './cart/remove-cart-item/remove-cart-item.use-case';
export * from './cart/apply-discount-code/apply-discount-code.use-case';
export * from './cart/remove-discount/remove-discount.use-case';
export * from './cart/merge-guest-cart/merge-guest-cart.use-case';

// Discount use cases
export * from './discount/evaluate-discount';
export * from './discount/discount.input';
export * from './discount/create-discount/create-discount.use-case';
export * from './discount/update-discount/update-discount.use-case';
export * from './discount/delete-discount/delete-discount.use-case';
export * from './discount/list-discounts/list-discounts.use-case';

// Ordering use cases
export * from './ordering/ordering.failures';
export * from './ports/unit-of-work.port';
export * from './ports/crash-points.port';
export * from './ordering/order-settlement';
export * from './ordering/checkout-recovery';
export * from './ordering/place-order/place-order.use-case';
export * from './ordering/settle-interrupted-checkouts/settle-interrupted-checkouts.use-case';
export * from './ordering/refund-order/refund-order.use-case';
export * from './ordering/cancel-order/cancel-order.use-case';
export * from './ordering/expire-unpaid-orders/expire-unpaid-orders.use-case';
export * from './ordering/advance-order-status/advance-order-status.use-case';
export * from './ordering/confirm-payment-from-webhook/confirm-payment-from-webhook.use-case';
export * from './ordering/get-order/get-order.use-case';
export * from './ordering/list-orders/list-orders.use-case';

export * from './ports/file-storage.port';
export * from './ports/cache.port';
export * from './catalog/cached-read-model/cached-catalog.read-model';
export * from './catalog/live-read-model/live-catalog.read-model';
export * from './ports/catalog-live-state.port';
export * from './ordering/order-emails';
export * from './ordering/send-order-confirmation/send-order-confirmation.use-case';
export * from './ordering/send-order-update-email/send-order-update-email.use-case';
export * from './ports/sales-analytics.port';
export * from './analytics/get-sales-analytics/get-sales-analytics.use-case';
export * from './ports/stock-levels.port';
export * from './catalog/product-input';
export * from './catalog/update-product/update-product.use-case';
export * from './catalog/archive-product/archive-product.use-case';
export * from './catalog/set-variant-stock/set-variant-stock.use-case';
export * from './catalog/product-images/image-type';
export * from './catalog/product-images/product-images.use-case';

// Reviews, wishlist, recommendations and the blog: ports
export * from './ports/review-repository.port';
export * from './ports/review-read-model.port';
export * from './ports/purchase-history.port';
export * from './ports/product-lookup.port';
export * from './ports/wishlist-repository.port';
export * from './ports/markdown-renderer.port';
export * from './ports/blog-post-repository.port';
export * from './ports/recommendation-source.port';
export * from './ports/recommendation-refresh-queue.port';

// Review use cases
export * from './review/review.deps';
export * from './review/create-review/create-review.use-case';
export * from './review/list-product-reviews/list-product-reviews.use-case';
export * from './review/moderate-review/moderate-review.use-case';
export * from './review/delete-review/delete-review.use-case';
export * from './review/vote-review-helpful/vote-review-helpful.use-case';
export * from './review/list-admin-reviews/list-admin-reviews.use-case';

// Wishlist use cases
export * from './wishlist/add-to-wishlist/add-to-wishlist.use-case';
export * from './wishlist/remove-from-wishlist/remove-from-wishlist.use-case';
export * from './wishlist/get-wishlist/get-wishlist.use-case';

// Recommendation use cases
export * from './recommendations/recommendation-lists';
export * from './recommendations/get-recommendations/get-recommendations.use-case';
export * from './recommendations/get-also-bought/get-also-bought.use-case';
export * from './recommendations/refresh-recommendations/refresh-recommendations.use-case';

// Blog use cases
export * from './blog/blog.deps';
export * from './blog/create-blog-post/create-blog-post.use-case';
export * from './blog/update-blog-post/update-blog-post.use-case';
export * from './blog/delete-blog-post/delete-blog-post.use-case';
export * from './blog/get-published-post/get-published-post.use-case';
export * from './blog/list-blog-posts/list-blog-posts.use-case';
export * from './blog/blog-cover/blog-cover.use-case';
export * from './blog/preview-markdown/preview-markdown.use-case';
