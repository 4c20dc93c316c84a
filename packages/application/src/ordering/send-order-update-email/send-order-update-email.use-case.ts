import type { RenderedEmail } from '../../identity/email-templates';
import type { Clock } from '../../ports/clock.port';
import type { Mailer } from '../../ports/mailer.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import type { UnitOfWork } from '../../ports/unit-of-work.port';
import { OrderEmails, type OrderUpdateInput } from '../order-emails';

export interface SendOrderUpdateEmailDeps {
  orders: OrderRepository;
  mailer: Mailer;
  /** Remembers which events were emailed, so a redelivered event sends nothing. */
  sent: ProcessedEventStore;
  clock: Clock;
  uow: UnitOfWork;
}

export interface SendOrderUpdateEmailOptions {
  storeName: string;
  /** The storefront's base URL: emails link to {storeUrl}/orders/{id} and {storeUrl}/cart. */
  storeUrl: string;
}

/** The order events that email the customer after the confirmation, with what each needs from the event. */
export type OrderUpdateEmail =
  | { kind: 'shipped' }
  | { kind: 'delivered' }
  | { kind: 'cancelled'; refundDue: boolean }
  | { kind: 'refunded'; amount: { amount: number; currency: string } }
  | { kind: 'payment_failed'; declined: boolean };

export type SendOrderUpdateEmailOutcome = 'sent' | 'already_sent' | 'unknown_order' | 'no_email';

/**
 * Handles the outbox events 'order.shipped', 'order.delivered', 'order.cancelled', 'order.refunded'
 * and 'order.payment_failed': emails the customer once per event (the event id is claimed in the
 * same unit of work as the send; a failing mailer rolls the claim back and the outbox retries).
 */
export class SendOrderUpdateEmailUseCase {
  constructor(
    private readonly deps: SendOrderUpdateEmailDeps,
    private readonly options: SendOrderUpdateEmailOptions,
  ) {}

  async execute(eventId: string, orderId: string, email: OrderUpdateEmail): Promise<SendOrderUpdateEmailOutcome> {
    const order = await this.deps.orders.findById(orderId);
    if (!order) return 'unknown_order';
    if (!order.customerEmail) return 'no_email';
    const to = order.customerEmail;
    const base = this.options.storeUrl.replace(/\/+$/, '');
    const input: OrderUpdateInput = { order, storeName: this.options.storeName, orderUrl: `${base}/orders/${order.id}` };
    return this.deps.uow.run(async () => {
      if (!(await this.deps.sent.claim(`mail:order-${email.kind}:${eventId}`, this.deps.clock.now()))) return 'already_sent' as const;
      await this.deps.mailer.send({ to, ...render(input, email, `${base}/cart`), tag: `order_${email.kind}` });
      return 'sent' as const;
    });
  }
}

function render(input: OrderUpdateInput, email: OrderUpdateEmail, cartUrl: string): RenderedEmail {
  switch (email.kind) {
    case 'shipped':
      return OrderEmails.shipped(input);
    case 'delivered':
      return OrderEmails.delivered(input);
    case 'cancelled':
      return OrderEmails.cancelled(input, email.refundDue);
    case 'refunded':
      return OrderEmails.refunded(input, email.amount);
    case 'payment_failed':
      return OrderEmails.paymentFailed({ ...input, cartUrl }, email.declined);
  }
}
