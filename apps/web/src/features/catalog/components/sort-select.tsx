import type { ProductSort } from '@devgear/contracts';
import Select from 'antd/es/select';
import { useSelectOpen } from '@/hooks/use-select-open';
import { availableSorts, SORT_LABELS } from '../lib/catalog-search-params';

interface SortSelectProps {
  value: ProductSort;
  q: string | undefined;
  onChange: (sort: ProductSort) => void;
}

/** All six sorts; "Best match" (relevance) only while searching. */
export function SortSelect({ value, q, onChange }: SortSelectProps) {
  const { open, onOpenChange, close } = useSelectOpen();
  return (
    <Select<ProductSort>
      value={value}
      onChange={(sort) => {
        close();
        onChange(sort);
      }}
      open={open}
      onOpenChange={onOpenChange}
      options={availableSorts(q).map((s) => ({ value: s, label: SORT_LABELS[s] }))}
      style={{ minWidth: 180 }}
      aria-label="Sort by"
      prefix="Sort:"
      data-testid="sort-select"
      popupMatchSelectWidth={false}
    />
  );
}
