/** Something that happened to an aggregate, recorded by it and published after it is saved. */
export interface DomainEvent<P = unknown> {
  /** Stable name such as 'product.created'. */
  name: string;
  aggregateId: string;
  occurredAt: Date;
  payload: P;
}
