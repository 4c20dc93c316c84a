import { useCallback, useRef } from 'react';
import { Button, notify, toast } from '@/ui';
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
  const { data: cart } = useCart();
  /** The feedback on screen: a new one replaces it. */
  const notice = useRef<number | null>(null);

  /** Off to sign in, coming back to this page afterwards. */
  const sendToSignIn = useCallback(() => {
    const notice: SignInNotice = { type: 'info', text: 'Sign in to add items to your cart. We will bring you back here.' };
    void navigate(signInHref(location), { state: { notice } });
  }, [location, navigate]);

  const add = useCallback(
    async ({ variantId, quantity, name }: AddToCartItem): Promise<boolean> => {
      const show = (id: number) => {
        if (notice.current !== null) toast.dismiss(notice.current);
        notice.current = id;
      };
      const go = (to: string) => {
        if (notice.current !== null) toast.dismiss(notice.current);
        void navigate(to);
      };
      try {
        if (!user && !guestCartToken.get()) guestCartToken.set((await createGuestCart().unwrap()).cart_token);
        await addItem({ variant_id: variantId, quantity }).unwrap();
        show(
          notify({
            type: 'success',
            duration: 5000,
            title: (
              <div data-testid="cart-added">
                <div>Added to cart</div>
                <div className="ui-toast__description">{`${quantity} × ${name}`}</div>
                <div className="ui-toast__actions">
                  <Button size="small" onClick={() => go('/cart')} data-testid="cart-added-view">
                    View cart
                  </Button>
                  <Button size="small" variant="primary" onClick={() => go('/checkout')} data-testid="cart-added-checkout">
                    Checkout
                  </Button>
                </div>
              </div>
            ),
          }),
        );
        return true;
      } catch (raw) {
        const error = toApiError(raw);
        const inCart = cart?.items.find((i) => i.variant_id === variantId && !i.unavailable)?.quantity ?? 0;
        const already = error.code === 'OUT_OF_STOCK' && inCart > 0 ? ` Your cart already has ${inCart}.` : '';
        show(
          notify({
            type: 'error',
            duration: 8000,
            title: (
              <div data-testid="cart-add-error">
                <div>{error.code === 'OUT_OF_STOCK' ? `Not enough stock for ${name}` : `${name} was not added to your cart`}</div>
                <div className="ui-toast__description">{`${cartErrorMessage(error, variantId)}${already}`}</div>
              </div>
            ),
          }),
        );
        return false;
      }
    },
    [addItem, cart, createGuestCart, navigate, user],
  );

  return { add, adding: isLoading || creating, signedIn: Boolean(user), sendToSignIn };
}
