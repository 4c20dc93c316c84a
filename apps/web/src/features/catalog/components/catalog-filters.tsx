import type { CategoryDto, ProductFacets } from '@devgear/contracts';
import Button from 'antd/es/button';
import Radio from 'antd/es/radio';
import Switch from 'antd/es/switch';
import Typography from 'antd/es/typography';
import { useMemo, useState } from 'react';
import type { CatalogState } from '../lib/catalog-search-params';
import type { CatalogPatch } from '../lib/catalog-url-state';
import { categoryName, indexBySlug } from '@/lib/category-tree';
import { PriceRangeFilter } from './price-range-filter';

const BRANDS_SHOWN = 8;

interface CatalogFiltersProps {
  state: CatalogState;
  facets: ProductFacets | undefined;
  categories: CategoryDto[] | undefined;
  currency: string;
  onChange: (patch: CatalogPatch) => void;
  /** Framed as a card (sidebar) or bare (inside the phone drawer). */
  framed?: boolean;
}

function FacetLabel({ label, count, testId }: { label: string; count?: number; testId: string }) {
  return (
    <span className="facet-option" data-testid={testId}>
      <span>{label}</span>
      {count !== undefined && <span className="facet-option__count">({count})</span>}
    </span>
  );
}

/**
 * The facet filters of the catalog: category and brand with the number of matching
 * products, a price range and "in stock only". Each facet's counts come from the API for
 * the current filters (ignoring the facet's own filter, so other choices stay visible).
 */
export function CatalogFilters({ state, facets, categories, currency, onChange, framed = true }: CatalogFiltersProps) {
  const [showAllBrands, setShowAllBrands] = useState(false);
  const bySlug = useMemo(() => indexBySlug(categories), [categories]);

  const categoryOptions = useMemo(() => {
    const list = (facets?.categories ?? []).map((c) => ({ slug: c.slug, count: c.count as number | undefined }));
    if (state.category && !list.some((c) => c.slug === state.category)) list.unshift({ slug: state.category, count: undefined });
    return list;
  }, [facets, state.category]);

  const brandOptions = useMemo(() => {
    const list = (facets?.brands ?? []).map((b) => ({ name: b.name, count: b.count as number | undefined }));
    if (state.brand && !list.some((b) => b.name.toLowerCase() === state.brand!.toLowerCase())) {
      list.unshift({ name: state.brand, count: undefined });
    }
    return list;
  }, [facets, state.brand]);
  const selectedBrand = brandOptions.find((b) => b.name.toLowerCase() === state.brand?.toLowerCase())?.name ?? '';
  const visibleBrands = showAllBrands ? brandOptions : brandOptions.slice(0, BRANDS_SHOWN);
  if (selectedBrand && !visibleBrands.some((b) => b.name === selectedBrand)) {
    visibleBrands.push(brandOptions.find((b) => b.name === selectedBrand)!);
  }

  return (
    <div className={framed ? 'filters-panel' : undefined} data-testid="catalog-filters">
      <section className="filters-section" aria-labelledby="facet-category-title">
        <Typography.Title level={5} className="filters-section__title" id="facet-category-title">
          Category
        </Typography.Title>
        <Radio.Group
          className="facet-list"
          value={state.category ?? ''}
          onChange={(e) => onChange({ category: (e.target.value as string) || undefined })}
          aria-labelledby="facet-category-title"
        >
          <Radio value="">
            <FacetLabel label="All categories" testId="facet-category-all" />
          </Radio>
          {categoryOptions.map((c) => (
            <Radio key={c.slug} value={c.slug}>
              <FacetLabel label={categoryName(c.slug, bySlug)} count={c.count} testId={`facet-category-${c.slug}`} />
            </Radio>
          ))}
        </Radio.Group>
      </section>

      <section className="filters-section" aria-labelledby="facet-brand-title">
        <Typography.Title level={5} className="filters-section__title" id="facet-brand-title">
          Brand
        </Typography.Title>
        {brandOptions.length === 0 ? (
          <Typography.Text type="secondary">No brands for these filters</Typography.Text>
        ) : (
          <>
            <Radio.Group
              className="facet-list"
              value={selectedBrand}
              onChange={(e) => onChange({ brand: (e.target.value as string) || undefined })}
              aria-labelledby="facet-brand-title"
            >
              <Radio value="">
                <FacetLabel label="All brands" testId="facet-brand-all" />
              </Radio>
              {visibleBrands.map((b) => (
                <Radio key={b.name} value={b.name}>
                  <FacetLabel label={b.name} count={b.count} testId={`facet-brand-${b.name}`} />
                </Radio>
              ))}
            </Radio.Group>
            {brandOptions.length > BRANDS_SHOWN && (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setShowAllBrands((v) => !v)}>
                {showAllBrands ? 'Show fewer brands' : `Show all ${brandOptions.length} brands`}
              </Button>
            )}
          </>
        )}
      </section>

      <section className="filters-section" aria-labelledby="facet-price-title">
        <Typography.Title level={5} className="filters-section__title" id="facet-price-title">
          Price
        </Typography.Title>
        <PriceRangeFilter
          min={state.price_min}
          max={state.price_max}
          boundsMin={facets?.price.min ?? null}
          boundsMax={facets?.price.max ?? null}
          currency={currency}
          onApply={(range) => onChange(range)}
        />
      </section>

      <section className="filters-section">
        <label style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, cursor: 'pointer' }}>
          <Typography.Text strong>In stock only</Typography.Text>
          <Switch
            checked={Boolean(state.in_stock)}
            onChange={(checked) => onChange({ in_stock: checked || undefined })}
            data-testid="in-stock-switch"
            aria-label="In stock only"
          />
        </label>
      </section>
    </div>
  );
}
