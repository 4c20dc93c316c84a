/** The current time. Inject it so use cases and tests agree on "now". */
export interface Clock {
  now(): Date;
}
