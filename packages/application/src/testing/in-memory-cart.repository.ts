import { Cart, CartErrorCodes, DomainError, type CartSnapshot } from '@devgear/domain';
import type { CartRepository } from '../ports/cart-repository.port';
import type { TransactionalState } from './in-memory-unit-of-work';
import { nextTick } from './next-tick';

/**
 * Carts as rows with a version column, like the database: one cart per customer, optimistic saves
 * (the stored version must equal the cart's), fresh aggregates on every load.
 */
export class InMemoryCartRepository implements CartRepository, TransactionalState {
  private rows = new Map<string, CartSnapshot>();
  /** Successful saves. */
  saves = 0;

  async findByCustomerId(customerId: string): Promise<Cart | null> {
    await nextTick();
    const row = this.rowOf(customerId);
    return row ? Cart.restore(row) : null;
  }

  async save(cart: Cart): Promise<void> {
    await nextTick();
    const snapshot = cart.toSnapshot();
    const stored = this.rows.get(snapshot.id);
    if (snapshot.version === 0) {
      if (stored || this.rowOf(snapshot.customerId)) throw concurrentUpdate(snapshot.customerId);
    } else if (!stored || stored.version !== snapshot.version) {
      throw concurrentUpdate(snapshot.customerId);
    }
    this.rows.set(snapshot.id, { ...snapshot, version: snapshot.version + 1 });
    this.saves += 1;
  }

  /** The stored cart of a customer as plain data (for assertions). */
  row(customerId: string): CartSnapshot | null {
    const row = this.rowOf(customerId);
    return row ? Cart.restore(row).toSnapshot() : null;
  }

  snapshotState(): unknown {
    return structuredClone(this.rows);
  }

  restoreState(state: unknown): void {
    this.rows = structuredClone(state as Map<string, CartSnapshot>);
  }

  private rowOf(customerId: string): CartSnapshot | undefined {
    return [...this.rows.values()].find((r) => r.customerId === customerId);
  }
}

function concurrentUpdate(customerId: string): DomainError {
  return new DomainError(CartErrorCodes.CONCURRENT_UPDATE, `The cart of customer ${customerId} was changed by another request`, 'conflict');
}
