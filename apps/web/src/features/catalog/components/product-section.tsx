import type { ProductSort } from '@devgear/contracts';
import { Link } from 'react-router-dom';
import { queryError } from '@/lib/base-api';
import { useListProductsQuery } from '@/api/catalog-api';
import { Alert, Button } from '@/ui';
import { PRODUCT_ROW_SIZE } from '@devgear/contracts';
import { catalogHref } from '../lib/catalog-search-params';
import type { CardAction } from '@/components/product/product-card';
import { ProductGrid, ProductGridSkeleton } from '@/components/product/product-grid';
import { useSectionResult } from '@/hooks/use-section-result';

interface ProductSectionProps {
  title: string;
  sort: ProductSort;
  count?: number;
  testId: string;
  cardAction?: CardAction;
  cardOverlay?: CardAction;
  /** How many first cards load their image at once (the section is above the fold). */
  eagerCount?: number;
}

/** A titled row of products in one order ("New arrivals", "Best rated") with a "View all" link. */
export function ProductSection({ title, sort, count = PRODUCT_ROW_SIZE, testId, cardAction, cardOverlay, eagerCount }: ProductSectionProps) {
  const { data, isLoading, error, refetch } = useSectionResult(useListProductsQuery({ sort, per_page: count }));
  const headingId = `${testId}-title`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid={testId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {title}
        </h2>
        <Link to={catalogHref({ sort })}>View all</Link>
      </div>
      {isLoading ? (
        <ProductGridSkeleton count={4} />
      ) : error ? (
        <Alert
          type="warning"
          title={`${title} could not be loaded`}
          description={queryError(error)?.message}
          action={
            <Button size="small" onClick={() => refetch()}>
              Try again
            </Button>
          }
        />
      ) : data && data.data.length > 0 ? (
        <ProductGrid products={data.data} cardAction={cardAction} cardOverlay={cardOverlay} eagerCount={eagerCount} />
      ) : (
        <p className="text-secondary">Nothing here yet.</p>
      )}
    </section>
  );
}
