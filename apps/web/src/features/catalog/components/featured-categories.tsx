import { Link } from 'react-router-dom';
import { queryError } from '@/lib/base-api';
import { useGetCategoriesQuery } from '@/api/catalog-api';
import { Alert, Button, ChevronRightIcon, Skeleton } from '@/ui';
import { catalogHref } from '../lib/catalog-search-params';
import { useSectionResult } from '@/hooks/use-section-result';

function productCount(n: number): string {
  return `${n} ${n === 1 ? 'product' : 'products'}`;
}

/** The top-level categories as tiles with how many products each holds. */
export function FeaturedCategories() {
  const { data, isLoading, error, refetch } = useSectionResult(useGetCategoriesQuery());

  if (isLoading) {
    return (
      <div className="category-tiles">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="category-tile">
            <Skeleton lines={2} label="Loading categories" />
          </div>
        ))}
      </div>
    );
  }
  if (error) {
    return (
      <Alert
        type="warning"
        title="Categories could not be loaded"
        description={queryError(error)?.message}
        action={
          <Button size="small" onClick={() => refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  const roots = (data ?? []).filter((c) => c.parent_id === null);
  const featured = (roots.length > 0 ? roots : (data ?? [])).filter((c) => c.product_count > 0).slice(0, 8);
  if (featured.length === 0) return <p className="text-secondary">No categories yet.</p>;

  return (
    <ul className="category-tiles" data-testid="featured-categories">
      {featured.map((c) => (
        <li key={c.id}>
          <Link to={catalogHref({ category: c.slug })} className="category-tile" data-testid={`featured-category-${c.slug}`}>
            <strong className="category-tile__name">{c.name}</strong>
            <span className="category-tile__count">
              <span className="text-secondary">{productCount(c.product_count)}</span>
              <ChevronRightIcon className="category-tile__arrow" />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
