import type { ProductSummaryDto } from '@devgear/contracts';
import { Skeleton } from '@/ui';
import { ProductCard, type CardAction } from './product-card';

/** How many cards a row holds at most (2 on phones always): 3 beside the catalog's filters, 4 elsewhere. */
export type GridColumns = 3 | 4;

interface ProductGridProps {
  products: ProductSummaryDto[];
  columns?: GridColumns;
  /** An action on each card (the cart's "Add"). */
  cardAction?: CardAction;
  /** Laid over each card's image (the wishlist heart). */
  cardOverlay?: CardAction;
  /** How many of the first cards load their image at once (they are above the fold). */
  eagerCount?: number;
}

export function ProductGrid({ products, columns = 4, cardAction, cardOverlay, eagerCount = 0 }: ProductGridProps) {
  return (
    <ul className={`product-grid product-grid--${columns}`} data-testid="product-grid">
      {products.map((p, index) => (
        <li key={p.id}>
          <ProductCard product={p} action={cardAction} overlay={cardOverlay} eager={index < eagerCount} />
        </li>
      ))}
    </ul>
  );
}

/** Placeholder cards shaped like the real ones while products load. */
export function ProductGridSkeleton({ count = 8, columns = 4 }: { count?: number; columns?: GridColumns }) {
  return (
    <ul className={`product-grid product-grid--${columns}`} data-testid="product-grid-loading" aria-busy="true" aria-label="Loading products">
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="product-card" aria-hidden="true">
          <div className="product-card__media" />
          <div className="product-card__body">
            <Skeleton lines={3} label="Loading products" />
          </div>
        </li>
      ))}
    </ul>
  );
}
