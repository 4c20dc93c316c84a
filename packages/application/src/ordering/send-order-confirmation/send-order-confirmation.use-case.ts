import type { Clock } from '../../ports/clock.port';
import type { Mailer } from '../../ports/mailer.port';
import type { OrderRepository } from '../../ports/order-repository.port';
import type { ProcessedEventStore } from '../../ports/processed-event-store.port';
import type { UnitOfWork } from '../../ports/unit-of-work.port';
import { OrderEmails } from '../order-emails';

export interface SendOrderConfirmationDeps {
  orders: OrderRepository;
  mailer: Mailer;
  /** Remembers which confirmations went out, so a redelivered 'order.paid' sends none. */
  sent: ProcessedEventStore;
  clock: Clock;
  uow: UnitOfWork;
}

export interface SendOrderConfirmationOptions {
  storeName: string;
  /** The storefront's base URL; the email links to {storeUrl}/orders/{id}. */
  storeUrl: string;
}

export type SendOrderConfirmationOutcome = 'sent' | 'already_sent' | 'unknown_order' | 'no_email';

/**
 * Handles 'order.paid' from the outbox: emails the customer the order confirmation, once. The
 * claim and the send are one unit of work: when the mailer fails the claim rolls back and the
 * error escapes, so the outbox dispatcher retries with backoff. (A mailer that writes to the
 * database, like the development mailbox, sends exactly once; an external one at least once.)
 */
export class SendOrderConfirmationUseCase {
  constructor(
    private readonly deps: SendOrderConfirmationDeps,
    private readonly options: SendOrderConfirmationOptions,
  ) {}

  async execute(orderId: string): Promise<SendOrderConfirmationOutcome> {
    const order = await this.deps.orders.findById(orderId);
    if (!order) return 'unknown_order';
    if (!order.customerEmail) return 'no_email';
    const to = order.customerEmail;
    const key = `mail:order-confirmation:${order.id}`;
    return this.deps.uow.run(async () => {
      if (!(await this.deps.sent.claim(key, this.deps.clock.now()))) return 'already_sent' as const;
      const email = OrderEmails.confirmation({ order, storeName: this.options.storeName, orderUrl: `${this.options.storeUrl.replace(/\/+$/, '')}/orders/${order.id}` });
      await this.deps.mailer.send({ to, ...email, tag: 'order_confirmation' });
      return 'sent' as const;
    });
  }
}
