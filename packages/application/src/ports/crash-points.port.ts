/**
 * Named points inside multi-step writes (checkout, cancel, expiry, refund) where the crash tests
 * stop the process dead (kill -9, no cleanup) to prove that a crash at any instant loses nothing
 * and strands nothing. In production nothing happens at them.
 */
export interface CrashPoints {
  reach(point: CrashPoint): void;
}

export const CRASH_POINTS = [
  /** Inside the checkout's first transaction (key, stock, discount, pending order), before commit. */
  'checkout.in_reserve',
  /** The first transaction committed; the provider not asked yet. */
  'checkout.after_reserve',
  /** The provider answered (money taken or declined); nothing recorded yet. */
  'checkout.after_charge',
  /** Inside the second transaction (paid or payment_failed), before commit. */
  'checkout.in_settle',
  /** Everything committed; the answer not sent yet. */
  'checkout.after_settle',
  /** Inside a cancellation's transaction, before commit. */
  'cancel.in_tx',
  /** A paid order's cancellation committed; its refund not asked for yet. */
  'cancel.after_tx',
  /** Inside an expiry's transaction, before commit. */
  'expire.in_tx',
  /** The provider refunded; the refund not recorded yet. */
  'refund.after_provider',
  /** Inside a provider webhook's transaction, before commit. */
  'webhook.in_tx',
] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

/** Production: nothing happens at a crash point. */
export const NO_CRASH_POINTS: CrashPoints = { reach: () => undefined };
