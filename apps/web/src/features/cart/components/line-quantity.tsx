import type { CartItemDto } from '@devgear/contracts';
import { useEffect, useRef, useState } from 'react';
import { QuantityInput } from '@/ui/quantity-input';
import { toApiError } from '@/lib/form-errors';
import { useUpdateCartItemMutation } from '../api/cart-api';
import { cartErrorMessage } from '@/lib/cart-errors';
import { MAX_LINE_QUANTITY, MIN_LINE_QUANTITY } from '../lib/cart-limits';

/** How long the steppers wait for another click before saving (one request for +++). */
const SAVE_DELAY_MS = 500;

interface LineQuantityProps {
  item: CartItemDto;
  /** The API refused the new quantity (e.g. "Only 3 available."); null once a change is saved. */
  onError: (message: string | null) => void;
}

/**
 * A cart line's quantity (1..99). Steppers save after a short pause, typing saves on Enter or
 * when leaving the box. A refused quantity goes back to the cart's and the reason is reported.
 */
export function LineQuantity({ item, onError }: LineQuantityProps) {
  const [update] = useUpdateCartItemMutation();
  const [value, setValue] = useState<number | null>(item.quantity);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The quantity being saved now: the same one is not sent twice (a pause, then leaving the box). */
  const saving = useRef<number | null>(null);
  const latest = useRef({ item, onError, value });
  latest.current = { item, onError, value };

  // The cart changed (saved here, or elsewhere): show its quantity.
  useEffect(() => setValue(item.quantity), [item.quantity]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (next: number | null) => {
    clearTimeout(timer.current);
    const { item: current, onError: report } = latest.current;
    if (next === null || !Number.isInteger(next) || next < MIN_LINE_QUANTITY || next > MAX_LINE_QUANTITY) {
      setValue(current.quantity);
      return;
    }
    if (next === current.quantity || next === saving.current) return;
    saving.current = next;
    try {
      await update({ id: current.id, quantity: next }).unwrap();
      report(null);
    } catch (raw) {
      report(cartErrorMessage(toApiError(raw), current.variant_id));
      setValue(latest.current.item.quantity);
    } finally {
      if (saving.current === next) saving.current = null;
    }
  };

  return (
    <QuantityInput
      label={`Quantity of ${item.name}`}
      min={MIN_LINE_QUANTITY}
      max={MAX_LINE_QUANTITY}
      value={value}
      disabled={item.unavailable !== null}
      onChange={(next) => {
        setValue(next);
        clearTimeout(timer.current);
        // An emptied box is someone typing: wait for a number (or for Enter / leaving the box).
        if (next !== null) timer.current = setTimeout(() => void save(next), SAVE_DELAY_MS);
      }}
      onCommit={() => void save(latest.current.value)}
      className="cart-line__quantity"
      data-testid="cart-line-quantity"
    />
  );
}
