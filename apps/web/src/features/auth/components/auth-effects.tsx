import { useEffect } from 'react';
import { useStore } from 'react-redux';
import { useLocation, useNavigate } from 'react-router-dom';
import { useGetMeQuery } from '../api/account-api';
import { useSession } from '@/hooks/use-session';
import { followOtherTabs, type SessionStore } from '../lib/session-client';
import { signInHref } from '@/lib/redirects';

/**
 * The session's background work, mounted once inside the router:
 * - while signed in, loads /me so the name and role shown are current (a reload after a role
 *   change, or after the access token expired, goes through the silent refresh);
 * - follows sign-ins and sign-outs made in other tabs;
 * - when the session ends on its own (the refresh was refused), sends the user to sign in,
 *   coming back to the current page afterwards.
 */
export function AuthEffects() {
  const { user, ended } = useSession();
  const store = useStore() as unknown as SessionStore;
  const location = useLocation();
  const navigate = useNavigate();
  useGetMeQuery(undefined, { skip: !user });

  useEffect(() => followOtherTabs(store), [store]);

  useEffect(() => {
    // Read live: the sign-in page clears the reason when it closes, in this same commit.
    if (store.getState().session.ended !== 'expired' || location.pathname === '/sign-in') return;
    navigate(signInHref(location), { replace: true });
  }, [ended, location, navigate, store]);

  return null;
}
