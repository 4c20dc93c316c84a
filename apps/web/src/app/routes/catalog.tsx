import { useMemo, useState, type ReactNode } from 'react';
import { ApiErrorState } from '@/components/shared/api-error-state';
import { useGetCategoriesQuery, useListProductsQuery } from '@/api/catalog-api';
import { ActiveFilters, describeFilters } from '@/features/catalog/components/active-filters';
import { CatalogFilters } from '@/features/catalog/components/catalog-filters';
import { ProductGrid, ProductGridSkeleton } from '@/components/product/product-grid';
import { SortSelect } from '@/features/catalog/components/sort-select';
import type { CatalogPatch } from '@/features/catalog/lib/catalog-url-state';
import { useCatalogState } from '@/features/catalog/hooks/use-catalog-state';
import {
  hasActiveFilters,
  PER_PAGE_OPTIONS,
  toProductListParams,
} from '@/features/catalog/lib/catalog-search-params';
import { categoryName, indexBySlug } from '@/lib/category-tree';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { queryError } from '@/lib/base-api';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { Badge, Breadcrumb, Button, Drawer, Empty, FilterIcon, Pagination, Select } from '@/ui';
import { addToCartAction as addButton, wishlistOverlay } from './card-actions';

const STORE_CURRENCY = 'USD';

function resultCountText(total: number, page: number, perPage: number, shown: number): string {
  if (total === 0) return 'No products';
  const noun = total === 1 ? 'product' : 'products';
  if (shown === 0 || total <= perPage) return `${total} ${noun}`;
  const first = (page - 1) * perPage + 1;
  return `${first}–${first + shown - 1} of ${total} ${noun}`;
}

/** /products: the catalog with facet filters, sort and paging, all kept in the URL. */
export function CatalogRoute() {
  const { state, update, clearFilters } = useCatalogState();
  const isMobile = useIsMobile();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const params = useMemo(() => toProductListParams(state), [state]);
  const { currentData, error: rawError, isFetching, refetch } = useListProductsQuery(params);
  const error = queryError(rawError);
  const { data: categories } = useGetCategoriesQuery();
  const bySlug = useMemo(() => indexBySlug(categories), [categories]);

  const currency = currentData?.data[0]?.price.currency ?? STORE_CURRENCY;
  const heading = state.q
    ? `Results for “${state.q}”`
    : state.category
      ? categoryName(state.category, bySlug)
      : 'All products';
  useDocumentTitle(heading);

  const change = (patch: CatalogPatch) => {
    update(patch);
    window.scrollTo?.({ top: 0 });
  };

  const activeCount = describeFilters(state, bySlug, currency).length;

  const filters = (framed: boolean) => (
    <CatalogFilters
      framed={framed}
      state={state}
      facets={currentData?.meta.facets}
      categories={categories}
      currency={currency}
      onChange={(patch) => {
        change(patch);
      }}
    />
  );

  let results: ReactNode;
  if (error && !currentData) {
    results = <ApiErrorState error={error} title="We could not load products" onRetry={() => refetch()} />;
  } else if (!currentData) {
    results = <ProductGridSkeleton count={Math.min(state.per_page, 12)} columns={3} />;
  } else if (currentData.data.length === 0) {
    const pastTheEnd = currentData.meta.total > 0;
    results = (
      <div data-testid="empty-state">
        <Empty
          description={
            pastTheEnd ? (
              'There are no products on this page.'
            ) : (
              <>
                <strong className="block">No products match</strong>
                <span className="text-secondary">Try removing a filter or searching for something broader.</span>
              </>
            )
          }
        >
          {pastTheEnd ? (
            <Button variant="primary" onClick={() => change({ page: 1 })}>
              Go to the first page
            </Button>
          ) : (
            hasActiveFilters(state) && (
              <Button variant="primary" onClick={clearFilters} data-testid="empty-clear-filters">
                Clear filters
              </Button>
            )
          )}
        </Empty>
      </div>
    );
  } else {
    results = (
      <>
        <div style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 0.2s' }} aria-busy={isFetching}>
          <ProductGrid products={currentData.data} columns={3} cardAction={addButton} cardOverlay={wishlistOverlay} eagerCount={isMobile ? 2 : 3} />
        </div>
        <div className="catalog-pagination">
          <div data-testid="pagination">
            <Pagination current={state.page} pageSize={state.per_page} total={currentData.meta.total} onChange={(page) => change({ page })} />
          </div>
          <Select
            label="Products per page"
            rowClassName="per-page-select"
            value={String(state.per_page)}
            onChange={(event) => change({ per_page: Number(event.target.value) })}
            options={PER_PAGE_OPTIONS.map((n) => ({ value: String(n), label: `${n} per page` }))}
            data-testid="per-page-select"
          />
        </div>
      </>
    );
  }

  return (
    <div data-testid="catalog-page">
      <Breadcrumb
        items={[
          { label: 'Home', to: '/' },
          { label: 'Products', to: state.category ? '/products' : undefined },
          ...(state.category ? [{ label: categoryName(state.category, bySlug) }] : []),
        ]}
      />
      <h1 className="page-title">{heading}</h1>
      <div className="catalog-layout">
        {!isMobile && (
          <aside aria-label="Filters" className="catalog-layout__filters">
            {filters(true)}
          </aside>
        )}
        <div className="catalog-layout__results">
          <div className="catalog-toolbar">
            <div aria-live="polite">
              {currentData ? (
                <span data-testid="result-count" data-total={currentData.meta.total}>
                  {resultCountText(currentData.meta.total, state.page, state.per_page, currentData.data.length)}
                </span>
              ) : error ? null : (
                <span className="ui-skeleton__line result-count-placeholder" aria-hidden="true" />
              )}
            </div>
            <div className="catalog-toolbar__end">
              {isMobile && (
                <Badge count={activeCount}>
                  <Button
                    icon={<FilterIcon />}
                    onClick={() => setFiltersOpen(true)}
                    data-testid="filters-button"
                    aria-label={activeCount ? `Filters (${activeCount} active)` : 'Filters'}
                  >
                    Filters
                  </Button>
                </Badge>
              )}
              <SortSelect value={state.sort} q={state.q} onChange={(sort) => change({ sort })} />
            </div>
          </div>
          <ActiveFilters state={state} categories={categories} currency={currency} onChange={change} onClearAll={clearFilters} />
          {results}
        </div>
      </div>
      {isMobile && (
        <Drawer
          title="Filters"
          placement="left"
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          width={320}
          footer={
            <Button variant="primary" block onClick={() => setFiltersOpen(false)} data-testid="filters-done">
              {currentData ? `Show ${currentData.meta.total} ${currentData.meta.total === 1 ? 'product' : 'products'}` : 'Done'}
            </Button>
          }
        >
          {filters(false)}
        </Drawer>
      )}
    </div>
  );
}
