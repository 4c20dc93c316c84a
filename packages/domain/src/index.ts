// Shared kernel
export * from './shared/domain-error';
export * from './shared/domain-event';
export * from './shared/aggregate-root';
export * from './shared/validation-problems';
export * from './shared/postal-address.value-object';
export * from './shared/money.value-object';
export * from './shared/email.value-object';
export * from './shared/slug.value-object';
export * from './shared/sku.value-object';
export * from './shared/country-code.value-object';

// Catalog
export * from './catalog/catalog.errors';
export * from './catalog/catalog.events';
export * from './catalog/variant.entity';
export * from './catalog/specification.value-object';
export * from './catalog/product-image.value-object';
export * from './catalog/category.entity';
export * from './catalog/category-tree';
export * from './catalog/product.aggregate';

// Identity
export * from './identity/user-role';
export * from './identity/identity.errors';
export * from './identity/identity.events';
export * from './identity/common-passwords';
export * from './identity/password-policy';
export * from './identity/address.entity';
export * from './identity/user.aggregate';

// Pricing
export * from './pricing/pricing.service';

// Discount
export * from './discount/discount.errors';
export * from './discount/discount-definition';
export * from './discount/discount.aggregate';

// Cart
export * from './cart/cart.errors';
export * from './cart/cart.aggregate';

// Ordering
export * from './ordering/ordering.errors';
export * from './ordering/order-status';
export * from './ordering/ordering.events';
export * from './ordering/order-number.value-object';
export * from './ordering/shipping-address.value-object';
export * from './ordering/order-line.entity';
export * from './ordering/order.types';
export * from './ordering/order.aggregate';

// Reviews
export * from './review/review.errors';
export * from './review/product-rating.value-object';
export * from './review/review.aggregate';
export * from './review/purchase';

// Content (blog)
export * from './content/content.errors';
export * from './content/blog-post.aggregate';

// Wishlist
export * from './wishlist/wishlist.errors';
