import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { SessionDto, UserDto } from '@devgear/contracts';
import type { StoredSession } from './session-storage';

/** Why a session ended without the user asking: shown once on the sign-in page. */
export type SessionEndReason = 'expired';

export interface SessionState {
  user: UserDto | null;
  accessToken: string | null;
  refreshToken: string | null;
  /** Set when the session ended on its own (the refresh failed); cleared once announced. */
  ended: SessionEndReason | null;
}

export const signedOutState: SessionState = { user: null, accessToken: null, refreshToken: null, ended: null };

export function sessionStateFrom(stored: StoredSession | null): SessionState {
  return stored ? { user: stored.user, accessToken: stored.accessToken, refreshToken: stored.refreshToken, ended: null } : signedOutState;
}

export const sessionSlice = createSlice({
  name: 'session',
  initialState: signedOutState,
  reducers: {
    /** Signed in, signed up, refreshed or changed password: a new token pair. */
    sessionStarted(_state, action: PayloadAction<SessionDto>) {
      const s = action.payload;
      return { user: s.user, accessToken: s.access_token, refreshToken: s.refresh_token, ended: null };
    },
    /** Another tab signed in, refreshed or signed out (null). */
    sessionSynced(state, action: PayloadAction<StoredSession | null>) {
      return { ...sessionStateFrom(action.payload), ended: action.payload ? null : state.ended };
    },
    /** The profile changed (here or on the server). */
    userUpdated(state, action: PayloadAction<UserDto>) {
      if (state.user && state.user.id === action.payload.id) state.user = action.payload;
    },
    signedOut() {
      return signedOutState;
    },
    /** The session could not be renewed: signed out, with a reason to tell the user. */
    sessionExpired() {
      return { ...signedOutState, ended: 'expired' as const };
    },
    sessionEndAnnounced(state) {
      state.ended = null;
    },
  },
});

export const { sessionStarted, sessionSynced, userUpdated, signedOut, sessionExpired, sessionEndAnnounced } = sessionSlice.actions;

/** The part of the app's state the session lives in (the app's RootState has it). */
export interface WithSession {
  session: SessionState;
}

export const selectSession = (state: WithSession) => state.session;
export const selectUser = (state: WithSession) => state.session.user;
export const selectIsAdmin = (state: WithSession) => state.session.user?.role === 'admin';

export function storedSessionOf(state: SessionState): StoredSession | null {
  return state.user && state.accessToken && state.refreshToken
    ? { user: state.user, accessToken: state.accessToken, refreshToken: state.refreshToken }
    : null;
}
