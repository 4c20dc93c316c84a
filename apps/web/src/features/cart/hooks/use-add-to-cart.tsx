import App from 'antd/es/app';
import Button from 'antd/es/button';
import Space from 'antd/es/space';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '@/hooks/use-session';
import { signInHref, type SignInNotice } from '@/lib/redirects';
import { toApiError } from '@/lib/form-errors';
import { guestCartToken } from '@/lib/guest-cart-token';
import { useAddCartItemMutation, useCreateGuestCartMutation } from '../api/cart-api';
import { cartErrorMessage } from '@/lib/cart-errors';
import { useCart } from './use-cart';

export interface AddToCartItem {
  variantId: string;
  quantity: number;
  /** What the customer sees in the feedback: "Keychron K2 (Brown / ANSI)". */
  name: string;
}

const NOTICE_KEY = 'cart-feedback';

/**
 * Adding a variant to the cart, with the feedback around it: a notification "Added to cart"
 * with View cart / Checkout, a clear error when the stock is short (409 OUT_OF_STOCK). A
 * signed-out visitor gets a guest cart (POST /carts) the first time; signing in later merges it.
 * Resolves to true when the item is in the cart.
 */
export function useAddToCart() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [addItem, { isLoading }] = useAddCartItemMutation();
  const [createGuestCart, { isLoading: creating }] = useCreateGuestCartMutation();
  const { notification } = App.useApp();
  const { data: cart } = useCart();

  /** Off to sign in, coming back to this page afterwards. */
  const sendToSignIn = useCallback(() => {
    const notice: SignInNotice = { type: 'info', text: 'Sign in to add items to your cart. We will bring you back here.' };
    void navigate(signInHref(location), { state: { notice } });
  }, [location, navigate]);

  const add = useCallback(
    async ({ variantId, quantity, name }: AddToCartItem): Promise<boolean> => {
      const go = (to: string) => {
        notification.destroy(NOTICE_KEY);
        void navigate(to);
      };
      try {
        if (!user && !guestCartToken.get()) guestCartToken.set((await createGuestCart().unwrap()).cart_token);
        await addItem({ variant_id: variantId, quantity }).unwrap();
        notification.success({
          key: NOTICE_KEY,
          title: 'Added to cart',
          description: `${quantity} × ${name}`,
          placement: 'topRight',
          duration: 5,
          props: { 'data-testid': 'cart-added' },
          actions: (
            <Space>
              <Button size="small" onClick={() => go('/cart')} data-testid="cart-added-view">
                View cart
              </Button>
              <Button size="small" type="primary" onClick={() => go('/checkout')} data-testid="cart-added-checkout">
                Checkout
              </Button>
            </Space>
          ),
        });
        return true;
      } catch (raw) {
        const error = toApiError(raw);
        const inCart = cart?.items.find((i) => i.variant_id === variantId && !i.unavailable)?.quantity ?? 0;
        const already = error.code === 'OUT_OF_STOCK' && inCart > 0 ? ` Your cart already has ${inCart}.` : '';
        notification.error({
          key: NOTICE_KEY,
          title: error.code === 'OUT_OF_STOCK' ? `Not enough stock for ${name}` : `${name} was not added to your cart`,
          description: `${cartErrorMessage(error, variantId)}${already}`,
          placement: 'topRight',
          duration: 8,
          props: { 'data-testid': 'cart-add-error' },
        });
        return false;
      }
    },
    [addItem, cart, createGuestCart, navigate, notification, user],
  );

  return { add, adding: isLoading || creating, signedIn: Boolean(user), sendToSignIn };
}
