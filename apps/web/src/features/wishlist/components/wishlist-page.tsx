import type { ProductSummaryDto } from '@devgear/contracts';
import { useCallback, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { priceText } from '@/components/product/product-card';
import { ProductRating } from '@/components/product/product-rating';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { formatDate } from '@/lib/dates';
import { toApiError } from '@/lib/form-errors';
import { Button, ButtonLink, DeleteIcon, Empty, HeartIcon, ImageIcon, Skeleton, Tag, toast } from '@/ui';
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
  /** Once a product is in the cart it leaves the wishlist; if that fails, it stays on the list and the customer is told. */
  const leaveWishlist = useCallback(
    (product: ProductSummaryDto) =>
      remove(product.id)
        .unwrap()
        .catch((raw: unknown) => void toast.warning(`It is in your cart, but we could not take it off your wishlist: ${toApiError(raw).message}`)),
    [remove],
  );
  const apiError = queryError(error);

  if (apiError && !data) return <ApiErrorState error={apiError} title="We could not load your wishlist" onRetry={() => refetch()} />;

  return (
    <div className="wishlist-page" data-testid="wishlist-page">
      <h1 className="page-title">Wishlist {data && <span className="wishlist-page__count">({count})</span>}</h1>
      {!data ? (
        <Skeleton lines={4} label="Loading your wishlist" />
      ) : data.data.length === 0 ? (
        <div data-testid="wishlist-empty">
          <Empty icon={<HeartIcon className="wishlist-page__empty-icon" />} description="Your wishlist is empty. Tap the heart on any product to keep it here.">
            <ButtonLink to="/products" variant="primary">
              Browse products
            </ButtonLink>
          </Empty>
        </div>
      ) : (
        <ul className="wishlist-list">
          {data.data.map(({ product, added_at }) => (
            <li key={product.id} className="wishlist-item" data-testid="wishlist-item" data-slug={product.slug}>
              <Link to={`/products/${encodeURIComponent(product.slug)}`} className="wishlist-item__media" tabIndex={-1} aria-hidden>
                {product.image ? <img src={product.image.url} alt="" width={120} height={90} loading="lazy" decoding="async" /> : <ImageIcon className="wishlist-item__placeholder" />}
              </Link>
              <div className="wishlist-item__info">
                <small className="text-secondary">{product.brand}</small>
                <Link to={`/products/${encodeURIComponent(product.slug)}`} className="wishlist-item__name" data-testid="wishlist-item-name">
                  {product.name}
                </Link>
                <ProductRating average={product.rating.average} count={product.rating.count} />
                <small className="text-secondary">Added {formatDate(added_at)}</small>
              </div>
              <div className="wishlist-item__buy">
                <span className="wishlist-item__price">{priceText(product)}</span>
                {!product.in_stock && <Tag>Out of stock</Tag>}
                {moveToCart(product, () => void leaveWishlist(product))}
                <Button
                  variant="text"
                  icon={<DeleteIcon />}
                  aria-label={`Remove ${product.name} from your wishlist`}
                  data-testid="wishlist-remove"
                  onClick={() =>
                    remove(product.id)
                      .unwrap()
                      .catch((raw: unknown) => void toast.error(toApiError(raw).message))
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
