import { useEffect } from 'react';
import { useCurrentUser } from '@/hooks/use-session';
import { useGuestCartToken } from '@/lib/guest-cart-token';
import { useGetCartQuery } from '../api/cart-api';

/**
 * The cart (one cached request shared by the header, drawer and pages): the signed-in
 * customer's, or a guest's while this browser holds a guest cart token; nothing otherwise.
 * Signing in with a guest cart asks again at once: that request merges it into the account.
 */
export function useCart() {
  const user = useCurrentUser();
  const guestToken = useGuestCartToken();
  const result = useGetCartQuery(undefined, { skip: !user && !guestToken });
  const { refetch } = result;
  useEffect(() => {
    if (user && guestToken) void Promise.resolve().then(() => refetch()).catch(() => undefined);
    // Only when the user changes (signed in): the merge answers and the token is dropped.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id]);
  return { ...result, signedIn: Boolean(user), hasCart: Boolean(user || guestToken) };
}
