import { useCurrentUser } from '@/features/auth/hooks/use-session';
import { useGetCartQuery } from '../api/cart-api';

/** The signed-in customer's cart (one cached request shared by the header, drawer and pages); nothing while signed out. */
export function useCart() {
  const user = useCurrentUser();
  const result = useGetCartQuery(undefined, { skip: !user });
  return { ...result, signedIn: Boolean(user) };
}
