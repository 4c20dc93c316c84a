import { FilterOutlined } from '@ant-design/icons';
import Badge from 'antd/es/badge';
import Breadcrumb from 'antd/es/breadcrumb';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Drawer from 'antd/es/drawer';
import Empty from 'antd/es/empty';
import Pagination from 'antd/es/pagination';
import Row from 'antd/es/row';
import Skeleton from 'antd/es/skeleton';
import Typography from 'antd/es/typography';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
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
import { useSelectOpen } from '@/hooks/use-select-open';
import { addToCartAction as addButton, wishlistOverlay } from './card-actions';

const STORE_CURRENCY = 'USD';
const GRID_SPANS = { xs: 12, sm: 12, md: 12, lg: 8, xl: 6 };

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
  const perPageSelect = useSelectOpen();
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
    results = <ProductGridSkeleton count={Math.min(state.per_page, 12)} spans={GRID_SPANS} />;
  } else if (currentData.data.length === 0) {
    const pastTheEnd = currentData.meta.total > 0;
    results = (
      <Empty
        data-testid="empty-state"
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          pastTheEnd ? (
            'There are no products on this page.'
          ) : (
            <>
              <Typography.Text strong style={{ display: 'block' }}>
                No products match
              </Typography.Text>
              <Typography.Text type="secondary">Try removing a filter or searching for something broader.</Typography.Text>
            </>
          )
        }
      >
        {pastTheEnd ? (
          <Button type="primary" onClick={() => change({ page: 1 })}>
            Go to the first page
          </Button>
        ) : (
          hasActiveFilters(state) && (
            <Button type="primary" onClick={clearFilters} data-testid="empty-clear-filters">
              Clear filters
            </Button>
          )
        )}
      </Empty>
    );
  } else {
    results = (
      <>
        <div style={{ opacity: isFetching ? 0.6 : 1, transition: 'opacity 0.2s' }} aria-busy={isFetching}>
          <ProductGrid products={currentData.data} spans={GRID_SPANS} cardAction={addButton} cardOverlay={wishlistOverlay} />
        </div>
        <div className="catalog-pagination">
          <Pagination
            data-testid="pagination"
            current={state.page}
            pageSize={state.per_page}
            total={currentData.meta.total}
            pageSizeOptions={PER_PAGE_OPTIONS.map(String)}
            showSizeChanger={{
              'aria-label': 'Products per page',
              open: perPageSelect.open,
              onOpenChange: perPageSelect.onOpenChange,
            }}
            hideOnSinglePage={false}
            responsive
            size={isMobile ? 'small' : undefined}
            onChange={(page, pageSize) => {
              perPageSelect.close();
              if (pageSize !== state.per_page) change({ per_page: pageSize });
              else change({ page });
            }}
          />
        </div>
      </>
    );
  }

  return (
    <div data-testid="catalog-page">
      <Breadcrumb
        items={[
          { title: <Link to="/">Home</Link> },
          { title: state.category ? <Link to="/products">Products</Link> : 'Products' },
          ...(state.category ? [{ title: categoryName(state.category, bySlug) }] : []),
        ]}
      />
      <Typography.Title level={1} className="page-title" style={{ fontSize: 26 }}>
        {heading}
      </Typography.Title>
      <Row gutter={[24, 16]}>
        {!isMobile && (
          <Col md={8} lg={6}>
            <aside aria-label="Filters">{filters(true)}</aside>
          </Col>
        )}
        <Col xs={24} md={16} lg={18}>
          <div className="catalog-toolbar">
            <div aria-live="polite">
              {currentData ? (
                <Typography.Text data-testid="result-count" data-total={currentData.meta.total}>
                  {resultCountText(currentData.meta.total, state.page, state.per_page, currentData.data.length)}
                </Typography.Text>
              ) : error ? null : (
                <Skeleton.Input active size="small" style={{ width: 120 }} />
              )}
            </div>
            <div className="catalog-toolbar__end">
              {isMobile && (
                <Badge count={activeCount} size="small">
                  <Button icon={<FilterOutlined />} onClick={() => setFiltersOpen(true)} data-testid="filters-button">
                    Filters
                  </Button>
                </Badge>
              )}
              <SortSelect value={state.sort} q={state.q} onChange={(sort) => change({ sort })} />
            </div>
          </div>
          <ActiveFilters
            state={state}
            categories={categories}
            currency={currency}
            onChange={change}
            onClearAll={clearFilters}
          />
          {results}
        </Col>
      </Row>
      {isMobile && (
        <Drawer
          title="Filters"
          placement="left"
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          size={320}
          footer={
            <Button type="primary" block onClick={() => setFiltersOpen(false)} data-testid="filters-done">
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
