import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Skeleton } from '@/ui';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { NotFound } from '@/components/shared/not-found';
import { AddToCart } from '@/features/cart/components/add-to-cart';
import { cartItemName } from '@/features/cart/lib/cart-item-name';
import { useGetProductQuery } from '@/api/catalog-api';
import { ProductGallery } from '@/features/catalog/components/product-gallery';
import { ProductRating } from '@/components/product/product-rating';
import { SpecsTable } from '@/features/catalog/components/specs-table';
import { StockState } from '@/components/product/stock-state';
import { VariantPicker } from '@/components/product/variant-picker';
import { useVariantSelection } from '@/features/catalog/hooks/use-variant-selection';
import { catalogHref } from '@/features/catalog/lib/catalog-search-params';
import { stockState } from '@/lib/variant-selection';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { formatMoney } from '@/lib/money';
import { AlsoBought } from '@/features/recommendations/components/also-bought';
import { WishlistButton } from '@/features/wishlist/components/wishlist-button';
import { addToCartAction, wishlistOverlay } from './card-actions';

/** The reviews (list, form, sorting) load after the product, in their own chunk. */
const ProductReviews = lazy(() => import('@/features/reviews/components/product-reviews'));

function ProductSkeleton() {
  return (
    <div className="product-layout" data-testid="product-loading">
      <Skeleton block={{ height: 360 }} label="Loading the product" />
      <Skeleton title lines={6} label="Loading the product" />
    </div>
  );
}

/** /products/:slug: gallery, variant picker with price and stock, description and specifications. */
export function ProductRoute() {
  const { slug = '' } = useParams();
  // currentData: when moving to another product, never show the previous one meanwhile.
  const { currentData: product, error: rawError, isFetching, refetch } = useGetProductQuery(slug);
  const error = queryError(rawError);
  const { selected, groups, choose } = useVariantSelection(product);
  useDocumentTitle(product?.name ?? (error?.status === 404 ? 'Product not found' : null));

  if (!product && (isFetching || !error)) return <ProductSkeleton />;
  if (error && error.status === 404) {
    return (
      <NotFound
        title="Product not found"
        message="This product does not exist or is no longer sold. Have a look at what else we have."
        actionLabel="Browse all products"
        actionTo="/products"
      />
    );
  }
  if (error || !product) {
    return <ApiErrorState error={error} title="We could not load this product" onRetry={() => refetch()} />;
  }

  const price = selected?.price ?? product.price;
  const stock = selected
    ? stockState(selected)
    : product.in_stock
      ? ({ kind: 'in_stock', label: 'In stock' } as const)
      : ({ kind: 'out_of_stock', label: 'Out of stock' } as const);
  const images = product.images.length > 0 ? product.images : product.image ? [{ id: 'main', ...product.image }] : [];

  return (
    <article data-testid="product-page">
      <Breadcrumb
        items={[
          { label: 'Home', to: '/' },
          { label: product.category.name, to: catalogHref({ category: product.category.slug }) },
          { label: product.name },
        ]}
      />
      <div className="product-layout">
        <ProductGallery images={images} productName={product.name} />
        <div className="product-buy">
          <Link to={catalogHref({ brand: product.brand })} className="product-buy__brand">
            {product.brand}
          </Link>
          <div className="product-title-row">
            <h1 className="product-title" data-testid="product-title">
              {product.name}
            </h1>
            <WishlistButton product={product} />
          </div>
          <ProductRating average={product.rating.average} count={product.rating.count} long />
          <div className="product-price" data-testid="product-price" data-amount={price.amount}>
            {formatMoney(price)}
          </div>
          <VariantPicker groups={groups} onChoose={choose} />
          <hr className="divider" />
          <div className="product-stock">
            <StockState state={stock} />
            {selected && (
              <span className="text-secondary">
                {selected.name && groups.length === 0 ? `${selected.name} · ` : ''}SKU <code data-testid="product-sku">{selected.sku}</code>
              </span>
            )}
          </div>
          <div className="product-buy__cart">
            {/* Keyed by variant: another variant starts again at quantity 1. */}
            <AddToCart key={selected?.id} variant={selected} name={cartItemName(product, selected)} />
          </div>
        </div>
      </div>

      <section className="product-section" aria-labelledby="description-title">
        <h2 id="description-title" className="section-title">
          Description
        </h2>
        <p className="product-description" data-testid="product-description">
          {product.description}
        </p>
      </section>

      {product.specifications.length > 0 && (
        <section className="product-section" aria-labelledby="specs-title">
          <h2 id="specs-title" className="section-title">
            Specifications
          </h2>
          <SpecsTable specifications={product.specifications} />
        </section>
      )}

      <Suspense fallback={<Skeleton lines={4} label="Loading the reviews" />}>
        <ProductReviews product={product} />
      </Suspense>

      <AlsoBought productId={product.id} cardAction={addToCartAction} cardOverlay={wishlistOverlay} />
    </article>
  );
}
