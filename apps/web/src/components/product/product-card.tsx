import type { ProductSummaryDto } from '@devgear/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatMoney } from '@/lib/money';
import { ImageIcon, Tag } from '@/ui';
import { ProductRating } from './product-rating';

export function productHref(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}

/** What a card can offer besides its link (the app gives the cart's "Add" button). */
export type CardAction = (product: ProductSummaryDto) => ReactNode;

/** The listing's pictures are 4:3; width and height reserve their place before they load. */
const CARD_IMAGE = { width: 400, height: 300 };

interface ProductCardProps {
  product: ProductSummaryDto;
  action?: CardAction;
  overlay?: CardAction;
  /** Above the fold (the first cards of the first grid): load at once, not lazily. */
  eager?: boolean;
}

/** One product in a grid: image, brand, name, rating, its lowest price, an optional action and an overlay on the image. */
export function ProductCard({ product, action, overlay, eager = false }: ProductCardProps) {
  const href = productHref(product.slug);
  return (
    <div className="product-card" data-testid="product-card" data-slug={product.slug} data-brand={product.brand}>
      <Link to={href} className="product-card__media" tabIndex={-1} aria-hidden>
        {product.image ? (
          <img src={product.image.url} alt={product.image.alt || product.name} {...CARD_IMAGE} loading={eager ? 'eager' : 'lazy'} decoding="async" />
        ) : (
          <span className="product-card__placeholder">
            <ImageIcon />
          </span>
        )}
      </Link>
      {overlay && <span className="product-card__overlay">{overlay(product)}</span>}
      <div className="product-card__body">
        <span className="product-card__brand">{product.brand}</span>
        <Link to={href} className="product-card__name" data-testid="product-card-link">
          {product.name}
        </Link>
        <ProductRating average={product.rating.average} count={product.rating.count} />
        <div className="product-card__price">
          <span data-testid="product-card-price" data-amount={product.price.amount}>
            {priceText(product)}
          </span>
          {!product.in_stock && <Tag>Out of stock</Tag>}
          {action && product.in_stock && <span className="product-card__action">{action(product)}</span>}
        </div>
      </div>
    </div>
  );
}

/** "$49.00", or "from $49.00" when the product's variants do not all cost the same. */
export function priceText(product: Pick<ProductSummaryDto, 'price' | 'max_price'>): string {
  // max_price is absent from summaries cached before the field existed: no "from" then.
  const from = product.max_price !== undefined && product.max_price.amount > product.price.amount;
  return from ? `from ${formatMoney(product.price)}` : formatMoney(product.price);
}
