import { DeleteOutlined, HeartOutlined, PictureOutlined } from '@ant-design/icons';
import type { ProductSummaryDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Skeleton from 'antd/es/skeleton';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useCallback, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ProductRating } from '@/components/product/product-rating';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { ButtonLink } from '@/components/shared/button-link';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { formatDate } from '@/lib/dates';
import { toApiError } from '@/lib/form-errors';
import { formatMoney } from '@/lib/money';
import { useRemoveFromWishlistMutation } from '../api/wishlist-api';
import { useWishlist } from '../hooks/use-wishlist';
import './wishlist.css';

/** What the page offers to put a kept product in the cart (the app gives the cart's "Move to cart"); `onMoved` takes it off the list. */
export type MoveToCart = (product: ProductSummaryDto, onMoved: () => void) => ReactNode;

/** /wishlist: what the customer keeps for later, with the price and stock of now, and "Move to cart". */
export function WishlistPage({ moveToCart }: { moveToCart: MoveToCart }) {
  useDocumentTitle('Wishlist');
  const { data, error, refetch, count } = useWishlist();
  const [remove] = useRemoveFromWishlistMutation();
  const { message } = App.useApp();
  /** Once a product is in the cart it leaves the wishlist; if that fails, it stays on the list and the customer is told. */
  const leaveWishlist = useCallback(
    (product: ProductSummaryDto) =>
      remove(product.id)
        .unwrap()
        .catch((raw: unknown) => void message.warning(`It is in your cart, but we could not take it off your wishlist: ${toApiError(raw).message}`)),
    [message, remove],
  );
  const apiError = queryError(error);

  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load your wishlist" onRetry={() => refetch()} />;

  return (
    <div className="wishlist-page" data-testid="wishlist-page">
      <Typography.Title level={1} className="page-title">
        Wishlist {data && <span className="wishlist-page__count">({count})</span>}
      </Typography.Title>
      {!data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : data.data.length === 0 ? (
        <Empty image={<HeartOutlined className="wishlist-page__empty-icon" />} description="Your wishlist is empty. Tap the heart on any product to keep it here." data-testid="wishlist-empty">
          <ButtonLink to="/products" type="primary">
            Browse products
          </ButtonLink>
        </Empty>
      ) : (
        <ul className="wishlist-list">
          {data.data.map(({ product, added_at }) => (
            <li key={product.id} className="wishlist-item" data-testid="wishlist-item" data-slug={product.slug}>
              <Link to={`/products/${encodeURIComponent(product.slug)}`} className="wishlist-item__media" tabIndex={-1} aria-hidden>
                {product.image ? <img src={product.image.url} alt="" loading="lazy" /> : <PictureOutlined className="wishlist-item__placeholder" />}
              </Link>
              <div className="wishlist-item__info">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {product.brand}
                </Typography.Text>
                <Link to={`/products/${encodeURIComponent(product.slug)}`} className="wishlist-item__name" data-testid="wishlist-item-name">
                  {product.name}
                </Link>
                <ProductRating average={product.rating.average} count={product.rating.count} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Added {formatDate(added_at)}
                </Typography.Text>
              </div>
              <div className="wishlist-item__buy">
                <span className="wishlist-item__price">{formatMoney(product.price)}</span>
                {!product.in_stock && <Tag>Out of stock</Tag>}
                {moveToCart(product, () => void leaveWishlist(product))}
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={`Remove ${product.name} from your wishlist`}
                  data-testid="wishlist-remove"
                  onClick={() =>
                    remove(product.id)
                      .unwrap()
                      .catch((raw: unknown) => void message.error(toApiError(raw).message))
                  }
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
