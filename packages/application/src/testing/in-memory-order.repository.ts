import { DomainError, Order, OrderingErrorCodes, type DomainEvent, type OrderSnapshot } from '@devgear/domain';
import type { OrderListPage, OrderListQuery, OrderRepository } from '../ports/order-repository.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

/**
 * Orders as rows with a version column: optimistic saves, unique numbers, fresh aggregates on every
 * load, and the events of every successful save collected as the outbox.
 */
export class InMemoryOrderRepository implements OrderRepository, TransactionalState {
  private rows = new Map<string, OrderSnapshot>();
  /** Events written by successful saves (and committed), oldest first. */
  outbox: DomainEvent[] = [];
  /** Lost optimistic races (for assertions about convergence). */
  conflicts = 0;

  async findById(id: string): Promise<Order | null> {
    await nextTick();
    const row = this.rows.get(id);
    return row ? Order.restore(row) : null;
  }

  async findByNumber(number: string): Promise<Order | null> {
    await nextTick();
    const wanted = typeof number === 'string' ? number.trim().toUpperCase() : '';
    const row = [...this.rows.values()].find((r) => r.number === wanted);
    return row ? Order.restore(row) : null;
  }

  async list(query: OrderListQuery): Promise<OrderListPage> {
    await nextTick();
    const q = query.q?.trim().toLowerCase();
    const matching = [...this.rows.values()]
      .filter((r) => !query.customerId || r.customerId === query.customerId)
      .filter((r) => (query.status ? r.status === query.status : r.status !== 'payment_failed'))
      .filter((r) => !q || r.number.toLowerCase().includes(q) || (r.customerEmail ?? '').toLowerCase().includes(q))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    const start = (query.page - 1) * query.perPage;
    return { items: matching.slice(start, start + query.perPage).map((r) => Order.restore(r)), total: matching.length };
  }

  async findPendingPlacedBefore(cutoff: Date, limit: number): Promise<Order[]> {
    await nextTick();
    return [...this.rows.values()]
      .filter((r) => r.status === 'pending' && r.createdAt.getTime() < cutoff.getTime())
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .slice(0, limit)
      .map((r) => Order.restore(r));
  }

  async save(order: Order): Promise<void> {
    await nextTick();
    const snapshot = order.toSnapshot();
    const stored = this.rows.get(snapshot.id);
    if (snapshot.version === 0) {
      if (stored) throw this.conflict(`Order ${snapshot.id} already exists`);
      if ([...this.rows.values()].some((r) => r.number === snapshot.number)) {
        throw new DomainError(OrderingErrorCodes.DUPLICATE_NUMBER, `Order number ${snapshot.number} is taken`, 'conflict');
      }
    } else if (!stored || stored.version !== snapshot.version) {
      throw this.conflict(`Order ${snapshot.number} was changed by another request`);
    }
    this.rows.set(snapshot.id, { ...snapshot, version: snapshot.version + 1 });
    this.outbox.push(...order.pullEvents());
    order.markSaved();
  }

  /** Every stored order as plain data, oldest first. */
  all(): OrderSnapshot[] {
    return [...this.rows.values()].map((r) => Order.restore(r).toSnapshot());
  }

  row(id: string): OrderSnapshot | null {
    const row = this.rows.get(id);
    return row ? Order.restore(row).toSnapshot() : null;
  }

  /** Names of the outbox events of one order, oldest first. */
  eventsOf(orderId: string): string[] {
    return this.outbox.filter((e) => e.aggregateId === orderId).map((e) => e.name);
  }

  snapshotState(): unknown {
    return { rows: structuredClone(this.rows), outbox: this.outbox.length };
  }

  restoreState(state: unknown): void {
    const saved = state as { rows: Map<string, OrderSnapshot>; outbox: number };
    this.rows = structuredClone(saved.rows);
    this.outbox = this.outbox.slice(0, saved.outbox);
  }

  private conflict(message: string): DomainError {
    this.conflicts += 1;
    return new DomainError(OrderingErrorCodes.CONCURRENT_UPDATE, message, 'conflict');
  }
}
