import type { CartItemDto } from '@devgear/contracts';
import type { ApiError } from './api-client';

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * What a 409 OUT_OF_STOCK says about one variant ("only 3 available"), as a sentence. The
 * API names the short variants by id in `details`; its message lists ids, which mean nothing
 * to a customer.
 */
export function stockProblem(error: ApiError, variantId?: string): string | null {
  if (error.code !== 'OUT_OF_STOCK') return null;
  const problems = variantId ? error.details[variantId] : Object.values(error.details)[0];
  return problems?.[0] ? sentence(problems[0]) : 'Not enough stock.';
}

/** A failed cart write (add, change, remove) in words for the customer. */
export function cartErrorMessage(error: ApiError, variantId?: string): string {
  const stock = stockProblem(error, variantId);
  if (stock) return stock;
  if (error.code === 'VALIDATION_ERROR' && error.details.quantity?.[0]) return sentence(`Quantity ${error.details.quantity[0]}`);
  return error.message;
}

/** Each short line of a 409 OUT_OF_STOCK from checkout, by its name in the cart. */
export function stockProblemsByLine(error: ApiError, items: readonly CartItemDto[]): { name: string; problem: string }[] {
  return Object.entries(error.details).map(([variantId, problems]) => {
    const item = items.find((i) => i.variant_id === variantId);
    return { name: item ? item.name : 'An item in your cart', problem: problems[0] ?? 'not enough stock' };
  });
}
