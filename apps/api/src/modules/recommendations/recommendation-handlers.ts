import { Logger } from '@nestjs/common';
import type { RefreshRecommendationsUseCase } from '@devgear/application';
import { OrderingEvents } from '@devgear/domain';
import type { OutboxDispatcher } from '../../platform/outbox/outbox-dispatcher';

const log = new Logger('Recommendations');

/** The order events after which what counts as bought changes. */
export const RECOMMENDATION_EVENTS = [OrderingEvents.ORDER_PAID, OrderingEvents.ORDER_CANCELLED, OrderingEvents.ORDER_REFUNDED] as const;

/**
 * Everything this context listens to on the outbox, in one place: after an order event the
 * best sellers, the customer's recommendations and "customers also bought" of the order's
 * products are recomputed (idempotent; a failure is retried by the dispatcher).
 */
export function registerRecommendationHandlers(dispatcher: Pick<OutboxDispatcher, 'on'>, refresh: RefreshRecommendationsUseCase): void {
  for (const event of RECOMMENDATION_EVENTS) {
    dispatcher.on(event, async (message) => {
      const outcome = await refresh.afterOrderEvent(message.aggregateId);
      if (outcome !== 'refreshed') log.warn(`recommendations after ${message.name} ${message.aggregateId}: ${outcome}`);
    });
  }
}
