import type { AdminProductDto } from '@devgear/contracts';

/** At or below this many units a variant counts as running low (the storefront says "Only N left"). */
export const LOW_STOCK = 5;

export type StockLevel = 'out' | 'low' | 'ok';

export interface ProductStock {
  level: StockLevel;
  /** "Out of stock", "Low", or null when all is well. */
  label: string | null;
  /** Which variants are out or low, for a tooltip: "KB-RED: 0, KB-BLUE: 3". */
  detail: string | null;
}

export function variantStockLevel(available: number): StockLevel {
  if (available <= 0) return 'out';
  if (available <= LOW_STOCK) return 'low';
  return 'ok';
}

/**
 * A product's stock at a glance: out of stock when nothing can be bought, low when some
 * variant is out or running low (a customer may not find the one they want).
 */
export function productStock(product: Pick<AdminProductDto, 'variants' | 'total_available'>): ProductStock {
  const short = product.variants.filter((v) => variantStockLevel(v.available) !== 'ok');
  const detail = short.length > 0 ? short.map((v) => `${v.sku}: ${v.available}`).join(', ') : null;
  if (product.total_available <= 0) return { level: 'out', label: 'Out of stock', detail };
  if (short.length > 0) return { level: 'low', label: 'Low', detail };
  return { level: 'ok', label: null, detail: null };
}

export const STOCK_COLORS: Record<StockLevel, string> = { out: 'red', low: 'orange', ok: 'green' };
