import type { ThunkDispatch, UnknownAction } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { selectSession, type SessionState, type WithSession } from '@/lib/session-slice';

export function useSession(): SessionState {
  return useSelector(selectSession);
}

/** The signed-in user, or null. */
export function useCurrentUser() {
  return useSelector((state: WithSession) => state.session.user);
}

/** dispatch that also takes the auth feature's thunks (signOut). */
export function useSessionDispatch() {
  return useDispatch<ThunkDispatch<WithSession, unknown, UnknownAction>>();
}
