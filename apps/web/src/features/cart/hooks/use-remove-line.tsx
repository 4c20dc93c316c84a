import type { CartItemDto } from '@devgear/contracts';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useCallback } from 'react';
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
  const { message } = App.useApp();

  return useCallback(
    async (item: CartItemDto) => {
      const key = `cart-removed-${item.id}`;
      try {
        await removeItem(item.id).unwrap();
      } catch (raw) {
        void message.error(toApiError(raw).message);
        return;
      }
      const undo = async () => {
        message.destroy(key);
        try {
          await addItem({ variant_id: item.variant_id, quantity: item.quantity }).unwrap();
          void message.success(`${item.name} is back in your cart.`);
        } catch (raw) {
          void message.error(`${item.name} could not be put back: ${cartErrorMessage(toApiError(raw), item.variant_id)}`);
        }
      };
      void message.open({
        key,
        type: 'success',
        duration: 6,
        content: (
          <span data-testid="cart-removed">
            Removed {item.name}.
            {item.unavailable === null && (
              <Button type="link" size="small" onClick={() => void undo()} data-testid="cart-undo-remove">
                Undo
              </Button>
            )}
          </span>
        ),
      });
    },
    [addItem, message, removeItem],
  );
}
