import type { ProductSort } from '@devgear/contracts';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Typography from 'antd/es/typography';
import { Link } from 'react-router-dom';
import { queryError } from '@/lib/base-api';
import { useListProductsQuery } from '@/api/catalog-api';
import { catalogHref } from '../lib/catalog-search-params';
import type { CardAction } from '@/components/product/product-card';
import { ProductGrid, ProductGridSkeleton } from '@/components/product/product-grid';

interface ProductSectionProps {
  title: string;
  sort: ProductSort;
  count?: number;
  testId: string;
  cardAction?: CardAction;
  cardOverlay?: CardAction;
}

/** A titled row of products in one order ("New arrivals", "Best rated") with a "View all" link. */
export function ProductSection({ title, sort, count = 8, testId, cardAction, cardOverlay }: ProductSectionProps) {
  const { data, isLoading, error, refetch } = useListProductsQuery({ sort, per_page: count });
  const headingId = `${testId}-title`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <div className="section__header">
        <Typography.Title level={2} id={headingId} style={{ fontSize: 22 }}>
          {title}
        </Typography.Title>
        <Link to={catalogHref({ sort })}>View all</Link>
      </div>
      {isLoading ? (
        <ProductGridSkeleton count={4} />
      ) : error ? (
        <Alert
          type="warning"
          showIcon
          title={`${title} could not be loaded`}
          description={queryError(error)?.message}
          action={
            <Button size="small" onClick={() => refetch()}>
              Try again
            </Button>
          }
        />
      ) : data && data.data.length > 0 ? (
        <ProductGrid products={data.data} cardAction={cardAction} cardOverlay={cardOverlay} />
      ) : (
        <Typography.Text type="secondary">Nothing here yet.</Typography.Text>
      )}
    </section>
  );
}
