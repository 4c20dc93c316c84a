import type { ProductSort } from '@devgear/contracts';
import { Select } from '@/ui';
import { availableSorts, SORT_LABELS } from '../lib/catalog-search-params';

interface SortSelectProps {
  value: ProductSort;
  q: string | undefined;
  onChange: (sort: ProductSort) => void;
}

/** All six sorts; "Best match" (relevance) only while searching. A native select: the phone's own picker. */
export function SortSelect({ value, q, onChange }: SortSelectProps) {
  return (
    <Select
      label="Sort by"
      rowClassName="sort-select"
      value={value}
      onChange={(event) => onChange(event.target.value as ProductSort)}
      options={availableSorts(q).map((s) => ({ value: s, label: SORT_LABELS[s] }))}
      data-testid="sort-select"
    />
  );
}
