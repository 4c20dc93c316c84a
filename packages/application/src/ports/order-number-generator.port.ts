/** New human-friendly order numbers ('DG-7KQ4M2XH', see OrderNumber.generate). Collisions are rare and retried. */
export interface OrderNumberGenerator {
  next(): string;
}
