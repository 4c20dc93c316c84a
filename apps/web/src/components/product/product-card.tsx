import { PictureOutlined } from '@ant-design/icons';
import type { ProductSummaryDto } from '@devgear/contracts';
import Card from 'antd/es/card';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatMoney } from '@/lib/money';
import { ProductRating } from './product-rating';

export function productHref(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}

/** What a card can offer besides its link (the app gives the cart's "Add" button). */
export type CardAction = (product: ProductSummaryDto) => ReactNode;

/** One product in a grid: image, brand, name, rating, its lowest price, an optional action and an overlay on the image. */
export function ProductCard({ product, action, overlay }: { product: ProductSummaryDto; action?: CardAction; overlay?: CardAction }) {
  const href = productHref(product.slug);
  return (
    <Card
      className="product-card"
      hoverable
      data-testid="product-card"
      data-slug={product.slug}
      data-brand={product.brand}
      cover={
        <Link to={href} className="product-card__media" tabIndex={-1} aria-hidden>
          {product.image ? (
            <img src={product.image.url} alt={product.image.alt || product.name} loading="lazy" />
          ) : (
            <span className="product-card__placeholder">
              <PictureOutlined />
            </span>
          )}
        </Link>
      }
    >
      {overlay && <span className="product-card__overlay">{overlay(product)}</span>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {product.brand}
      </Typography.Text>
      <Link to={href} className="product-card__name" data-testid="product-card-link">
        {product.name}
      </Link>
      <ProductRating average={product.rating.average} count={product.rating.count} />
      <div className="product-card__price">
        <span data-testid="product-card-price" data-amount={product.price.amount}>
          {formatMoney(product.price)}
        </span>
        {!product.in_stock && <Tag color="default">Out of stock</Tag>}
        {action && product.in_stock && <span className="product-card__action">{action(product)}</span>}
      </div>
    </Card>
  );
}
