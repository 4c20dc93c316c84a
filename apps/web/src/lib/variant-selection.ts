import type { VariantDto } from '@devgear/contracts';

/**
 * Variant picking for the product page. Each option key (e.g. "switch", "layout") gets
 * its own picker. Keys are ordered as they first appear on the variants; a value of a
 * key is offered when some variant has it together with the values currently chosen for
 * the keys BEFORE it. That makes every variant reachable (a strict "combines with all
 * other choices" rule can strand variants of a sparse matrix), while values that cannot
 * exist with the earlier choices are shown disabled.
 */

export interface OptionValueState {
  value: string;
  /** No variant has this value together with the earlier choices. */
  disabled: boolean;
  /** Every variant reachable with this value is out of stock. */
  soldOut: boolean;
}

export interface OptionGroup {
  key: string;
  values: OptionValueState[];
  selected: string | undefined;
}

export function optionKeys(variants: readonly VariantDto[]): string[] {
  const keys: string[] = [];
  for (const v of variants) for (const k of Object.keys(v.options)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

function optionValues(variants: readonly VariantDto[], key: string): string[] {
  const values: string[] = [];
  for (const v of variants) {
    const value = v.options[key];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

function matchesPrefix(variant: VariantDto, keys: readonly string[], selection: Record<string, string | undefined>): boolean {
  return keys.every((k) => variant.options[k] === selection[k]);
}

export function isPurchasable(variant: VariantDto): boolean {
  return variant.in_stock && variant.available > 0;
}

/** The variant shown first: the one in the URL if it exists, else the first one in stock, else the first. */
export function initialVariant(variants: readonly VariantDto[], requestedId: string | null | undefined): VariantDto | undefined {
  return variants.find((v) => v.id === requestedId) ?? variants.find(isPurchasable) ?? variants[0];
}

export function optionGroups(variants: readonly VariantDto[], selected: VariantDto | undefined): OptionGroup[] {
  const keys = optionKeys(variants);
  const selection = selected?.options ?? {};
  return keys.map((key, index) => {
    const earlier = keys.slice(0, index);
    const compatible = variants.filter((v) => matchesPrefix(v, earlier, selection));
    return {
      key,
      selected: selection[key],
      values: optionValues(variants, key).map((value) => {
        const withValue = compatible.filter((v) => v.options[key] === value);
        return { value, disabled: withValue.length === 0, soldOut: withValue.length > 0 && !withValue.some(isPurchasable) };
      }),
    };
  });
}

/**
 * The variant to show after the shopper picks `value` for `key`: the one that keeps all
 * other current choices if it exists; otherwise the one with this value that keeps the
 * most earlier choices (then later ones), preferring a variant in stock.
 */
export function selectOption(
  variants: readonly VariantDto[],
  current: VariantDto | undefined,
  key: string,
  value: string,
): VariantDto | undefined {
  const keys = optionKeys(variants);
  const wanted: Record<string, string | undefined> = { ...(current?.options ?? {}), [key]: value };
  const candidates = variants.filter((v) => v.options[key] === value);
  if (candidates.length === 0) return current;
  const exact = candidates.find((v) => keys.every((k) => v.options[k] === wanted[k]));
  if (exact) return exact;
  const score = (v: VariantDto) => {
    // Earlier keys weigh more: a choice made higher up the page is kept first.
    let s = 0;
    keys.forEach((k, i) => {
      if (k !== key && v.options[k] === wanted[k]) s += 2 ** (keys.length - i);
    });
    return s * 2 + (isPurchasable(v) ? 1 : 0);
  };
  return candidates.reduce((best, v) => (score(v) > score(best) ? v : best));
}

export type StockState =
  | { kind: 'in_stock'; label: string }
  | { kind: 'low_stock'; label: string; available: number }
  | { kind: 'out_of_stock'; label: string };

/** "In stock", "Only N left" (5 or fewer) or "Out of stock". */
export function stockState(variant: Pick<VariantDto, 'in_stock' | 'available'>): StockState {
  if (!variant.in_stock || variant.available <= 0) return { kind: 'out_of_stock', label: 'Out of stock' };
  if (variant.available <= 5) return { kind: 'low_stock', label: `Only ${variant.available} left`, available: variant.available };
  return { kind: 'in_stock', label: 'In stock' };
}
