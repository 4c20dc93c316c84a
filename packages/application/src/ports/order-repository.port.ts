import type { Order, OrderStatus } from '@devgear/domain';

export interface OrderListQuery {
  /** Only this customer's orders (GET /orders); all customers when absent (admin). */
  customerId?: string;
  /** Only this status. Absent: every order except the payment_failed checkout attempts (CONTRACT.md). */
  status?: OrderStatus;
  /** Case-insensitive: the order number, or a substring of the customer's email (admin search). */
  q?: string;
  /** From 1. */
  page: number;
  perPage: number;
}

export interface OrderListPage {
  /** Newest first (ties broken by id). */
  items: Order[];
  /** How many orders match, over all pages. */
  total: number;
}

/**
 * Loads and stores orders. save() inserts a new order (version 0) or updates one only when the
 * stored version still equals `order.version`, storing version + 1; in the same transaction it
 * writes the events pulled from the order to the outbox. It must surface
 * - a lost race as DomainError kind 'conflict', code ORDER.CONCURRENT_UPDATE (load again, decide again);
 * - an order number already taken as kind 'conflict', code ORDER.DUPLICATE_NUMBER (pick another).
 * After a successful save the instance is marked saved (Order.markSaved: its version is the stored
 * one), so the same caller may change and save it again without loading it.
 */
export interface OrderRepository {
  findById(id: string): Promise<Order | null>;
  findByNumber(number: string): Promise<Order | null>;
  list(query: OrderListQuery): Promise<OrderListPage>;
  /** Pending orders placed before `cutoff`, oldest first, at most `limit` (for the expiry job). */
  findPendingPlacedBefore(cutoff: Date, limit: number): Promise<Order[]>;
  save(order: Order): Promise<void>;
}
