import type { CategoryDto, ProductFacets } from '@devgear/contracts';
import { useMemo, useState } from 'react';
import type { CatalogState } from '../lib/catalog-search-params';
import type { CatalogPatch } from '../lib/catalog-url-state';
import { categoryName, indexBySlug } from '@/lib/category-tree';
import { Button, Checkbox, RadioGroup } from '@/ui';
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

  const facetLabel = (label: string, count: number | undefined, testId: string) => <FacetLabel label={label} count={count} testId={testId} />;

  return (
    <div className={framed ? 'filters-panel' : undefined} data-testid="catalog-filters">
      <section className="filters-section">
        <RadioGroup
          label={<h2 className="filters-section__title">Category</h2>}
          className="facet-list"
          name="facet-category"
          value={state.category ?? ''}
          onChange={(value) => onChange({ category: value || undefined })}
          options={[
            { value: '', label: facetLabel('All categories', undefined, 'facet-category-all') },
            ...categoryOptions.map((c) => ({ value: c.slug, label: facetLabel(categoryName(c.slug, bySlug), c.count, `facet-category-${c.slug}`) })),
          ]}
        />
      </section>

      <section className="filters-section">
        {brandOptions.length === 0 ? (
          <>
            <h2 className="filters-section__title">Brand</h2>
            <p className="text-secondary">No brands for these filters</p>
          </>
        ) : (
          <>
            <RadioGroup
              label={<h2 className="filters-section__title">Brand</h2>}
              className="facet-list"
              name="facet-brand"
              value={selectedBrand}
              onChange={(value) => onChange({ brand: value || undefined })}
              options={[
                { value: '', label: facetLabel('All brands', undefined, 'facet-brand-all') },
                ...visibleBrands.map((b) => ({ value: b.name, label: facetLabel(b.name, b.count, `facet-brand-${b.name}`) })),
              ]}
            />
            {brandOptions.length > BRANDS_SHOWN && (
              <Button variant="link" size="small" onClick={() => setShowAllBrands((v) => !v)}>
                {showAllBrands ? 'Show fewer brands' : `Show all ${brandOptions.length} brands`}
              </Button>
            )}
          </>
        )}
      </section>

      <section className="filters-section" aria-labelledby="facet-price-title">
        <h2 className="filters-section__title" id="facet-price-title">
          Price
        </h2>
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
        <Checkbox
          label={<strong>In stock only</strong>}
          rowClassName="in-stock-filter"
          className="ui-switch"
          role="switch"
          checked={Boolean(state.in_stock)}
          onChange={(event) => onChange({ in_stock: event.target.checked || undefined })}
          data-testid="in-stock-switch"
        />
      </section>
    </div>
  );
}
