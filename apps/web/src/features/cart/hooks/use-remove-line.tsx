import type { CartItemDto } from '@devgear/contracts';
import { useCallback } from 'react';
import { Button, toast } from '@/ui';
import { toApiError } from '@/lib/form-errors';
import { useAddCartItemMutation, useRemoveCartItemMutation } from '../api/cart-api';
import { cartErrorMessage } from '@/lib/cart-errors';

/**
 * Removes a cart line at once and offers "Undo" for a few seconds, which puts the same
 * variant and quantity back (lines that can no longer be bought cannot come back).
 */
export function useRemoveLine() {
  const [removeItem] = useRemoveCartItemMutation();
  const [addItem] = useAddCartItemMutation();

  return useCallback(
    async (item: CartItemDto) => {
      let shown: number | null = null;
      try {
        await removeItem(item.id).unwrap();
      } catch (raw) {
        toast.error(toApiError(raw).message);
        return;
      }
      const undo = async () => {
        if (shown !== null) toast.dismiss(shown);
        try {
          await addItem({ variant_id: item.variant_id, quantity: item.quantity }).unwrap();
          toast.success(`${item.name} is back in your cart.`);
        } catch (raw) {
          toast.error(`${item.name} could not be put back: ${cartErrorMessage(toApiError(raw), item.variant_id)}`);
        }
      };
      shown = toast.success(
        <span data-testid="cart-removed">
          Removed {item.name}.
          {item.unavailable === null && (
            <Button variant="link" size="small" onClick={() => void undo()} data-testid="cart-undo-remove">
              Undo
            </Button>
          )}
        </span>,
        { duration: 6000 },
      );
    },
    [addItem, removeItem],
  );
}
