/** Stable names of the identity context's domain events. */
export const IdentityEvents = {
  USER_REGISTERED: 'user.registered',
} as const;

export interface UserRegisteredPayload {
  userId: string;
  /** Normalised (lower-case). */
  email: string;
}
