/** Stable names of the identity context's domain events. */
export const IdentityEvents = {
  USER_REGISTERED: 'user.registered',
  /** Someone asked for a password reset link for an email (an account may or may not exist). */
  PASSWORD_RESET_REQUESTED: 'password_reset.requested',
} as const;

export interface PasswordResetRequestedPayload {
  /** Normalised (lower-case); no account need exist. */
  email: string;
}

export interface UserRegisteredPayload {
  userId: string;
  /** Normalised (lower-case). */
  email: string;
}
