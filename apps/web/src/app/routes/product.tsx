import Breadcrumb from 'antd/es/breadcrumb';
import Col from 'antd/es/col';
import Divider from 'antd/es/divider';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
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
    <Row gutter={[32, 24]} data-testid="product-loading">
      <Col xs={24} md={12}>
        <Skeleton.Image active style={{ width: '100%', height: 360 }} />
      </Col>
      <Col xs={24} md={12}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Col>
    </Row>
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
        style={{ marginBottom: 16 }}
        items={[
          { title: <Link to="/">Home</Link> },
          { title: <Link to={catalogHref({ category: product.category.slug })}>{product.category.name}</Link> },
          { title: product.name },
        ]}
      />
      <Row gutter={[32, 24]}>
        <Col xs={24} md={12}>
          <ProductGallery images={images} productName={product.name} />
        </Col>
        <Col xs={24} md={12}>
          <div className="product-buy">
            <Link to={catalogHref({ brand: product.brand })}>
              <Typography.Text type="secondary">{product.brand}</Typography.Text>
            </Link>
            <div className="product-title-row">
              <Typography.Title level={1} style={{ fontSize: 28, margin: '4px 0 8px' }} data-testid="product-title">
                {product.name}
              </Typography.Title>
              <WishlistButton product={product} />
            </div>
            <ProductRating average={product.rating.average} count={product.rating.count} long />
            <div className="product-price" data-testid="product-price" data-amount={price.amount} style={{ margin: '16px 0' }}>
              {formatMoney(price)}
            </div>
            <VariantPicker groups={groups} onChoose={choose} />
            <Divider style={{ margin: '16px 0' }} />
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <StockState state={stock} />
              {selected && (
                <Typography.Text type="secondary">
                  {selected.name && groups.length === 0 ? `${selected.name} · ` : ''}SKU{' '}
                  <Typography.Text code data-testid="product-sku">
                    {selected.sku}
                  </Typography.Text>
                </Typography.Text>
              )}
            </Space>
            <div style={{ marginTop: 20 }}>
              {/* Keyed by variant: another variant starts again at quantity 1. */}
              <AddToCart key={selected?.id} variant={selected} name={cartItemName(product, selected)} />
            </div>
          </div>
        </Col>
      </Row>

      <section className="product-section" aria-labelledby="description-title">
        <Typography.Title level={2} id="description-title" style={{ fontSize: 20, marginTop: 0 }}>
          Description
        </Typography.Title>
        <Typography.Paragraph className="product-description" data-testid="product-description">
          {product.description}
        </Typography.Paragraph>
      </section>

      {product.specifications.length > 0 && (
        <section className="product-section" aria-labelledby="specs-title">
          <Typography.Title level={2} id="specs-title" style={{ fontSize: 20, marginTop: 0 }}>
            Specifications
          </Typography.Title>
          <SpecsTable specifications={product.specifications} />
        </section>
      )}

      <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
        <ProductReviews product={product} />
      </Suspense>

      <AlsoBought productId={product.id} cardAction={addToCartAction} cardOverlay={wishlistOverlay} />
    </article>
  );
}
