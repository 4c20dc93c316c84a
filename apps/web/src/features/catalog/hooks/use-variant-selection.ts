import type { ProductDetailDto, VariantDto } from '@devgear/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { initialVariant, optionGroups, selectOption, type OptionGroup } from '@/lib/variant-selection';

export interface VariantSelection {
  selected: VariantDto | undefined;
  groups: OptionGroup[];
  choose: (key: string, value: string) => void;
}

/** The product page's chosen variant, kept in the URL as ?variant=<id>. */
export function useVariantSelection(product: ProductDetailDto | undefined): VariantSelection {
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedId = searchParams.get('variant');
  const variants = useMemo(() => product?.variants ?? [], [product]);
  const selected = useMemo(() => initialVariant(variants, requestedId), [variants, requestedId]);
  const groups = useMemo(() => optionGroups(variants, selected), [variants, selected]);
  const choose = useCallback(
    (key: string, value: string) => {
      const next = selectOption(variants, selected, key, value);
      if (!next) return;
      setSearchParams(
        (prev) => {
          const params = new URLSearchParams(prev);
          params.set('variant', next.id);
          return params;
        },
        // Switching variants should not fill the back button's history.
        { replace: true },
      );
    },
    [variants, selected, setSearchParams],
  );
  return { selected, groups, choose };
}
