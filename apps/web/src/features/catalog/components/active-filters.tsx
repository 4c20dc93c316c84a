import type { CategoryDto } from '@devgear/contracts';
import { useMemo } from 'react';
import { formatMoney } from '@/lib/money';
import { Button, Tag } from '@/ui';
import { hasActiveFilters, type CatalogState } from '../lib/catalog-search-params';
import type { CatalogPatch } from '../lib/catalog-url-state';
import { categoryName, indexBySlug } from '@/lib/category-tree';

interface ActiveFiltersProps {
  state: CatalogState;
  categories: CategoryDto[] | undefined;
  currency: string;
  onChange: (patch: CatalogPatch) => void;
  onClearAll: () => void;
}

interface ActiveFilter {
  key: string;
  label: string;
  remove: CatalogPatch;
}

export function describeFilters(state: CatalogState, bySlug: Map<string, CategoryDto>, currency: string): ActiveFilter[] {
  const money = (amount: number) => formatMoney({ amount, currency });
  const list: ActiveFilter[] = [];
  if (state.q) list.push({ key: 'q', label: `Search: “${state.q}”`, remove: { q: undefined } });
  if (state.category) list.push({ key: 'category', label: `Category: ${categoryName(state.category, bySlug)}`, remove: { category: undefined } });
  if (state.brand) list.push({ key: 'brand', label: `Brand: ${state.brand}`, remove: { brand: undefined } });
  if (state.price_min !== undefined || state.price_max !== undefined) {
    const label =
      state.price_min !== undefined && state.price_max !== undefined
        ? `${money(state.price_min)} – ${money(state.price_max)}`
        : state.price_min !== undefined
          ? `From ${money(state.price_min)}`
          : `Up to ${money(state.price_max!)}`;
    list.push({ key: 'price', label: `Price: ${label}`, remove: { price_min: undefined, price_max: undefined } });
  }
  if (state.in_stock) list.push({ key: 'in_stock', label: 'In stock only', remove: { in_stock: undefined } });
  return list;
}

/** The filters in effect, each removable, plus "Clear all". */
export function ActiveFilters({ state, categories, currency, onChange, onClearAll }: ActiveFiltersProps) {
  const bySlug = useMemo(() => indexBySlug(categories), [categories]);
  if (!hasActiveFilters(state)) return null;
  const filters = describeFilters(state, bySlug, currency);
  return (
    <div className="active-filters" data-testid="active-filters" role="group" aria-label="Active filters">
      {filters.map((f) => (
        <Tag key={f.key} onClose={() => onChange(f.remove)} closeLabel={`Remove ${f.label}`} data-testid={`active-filter-${f.key}`}>
          {f.label}
        </Tag>
      ))}
      <Button variant="link" size="small" onClick={onClearAll} data-testid="clear-filters">
        Clear all
      </Button>
    </div>
  );
}
