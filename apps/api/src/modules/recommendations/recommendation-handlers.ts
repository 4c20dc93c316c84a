import { Logger } from '@nestjs/common';
import type { RefreshRecommendationsUseCase } from '@devgear/application';
import { OrderingEvents } from '@devgear/domain';
import type { BackgroundJobs } from '../../platform/jobs/background-jobs';
import type { OutboxDispatcher } from '../../platform/outbox/outbox-dispatcher';

const log = new Logger('Recommendations');

/** The order events after which what counts as bought changes. */
export const RECOMMENDATION_EVENTS = [OrderingEvents.ORDER_PAID, OrderingEvents.ORDER_CANCELLED, OrderingEvents.ORDER_REFUNDED] as const;

/**
 * Everything this context listens to, in one place: after an order event the lists it touches
 * are queued (in the outbox message's transaction), and the `recommendations.refresh` job
 * recomputes what is queued, each list once per round. Both idempotent; failures are retried.
 */
export function registerRecommendationHandlers(dispatcher: Pick<OutboxDispatcher, 'on'>, jobs: Pick<BackgroundJobs, 'register'>, refresh: RefreshRecommendationsUseCase): void {
  for (const event of RECOMMENDATION_EVENTS) {
    dispatcher.on(event, async (message) => {
      const outcome = await refresh.afterOrderEvent(message.aggregateId);
      if (outcome !== 'queued') log.warn(`recommendations after ${message.name} ${message.aggregateId}: ${outcome}`);
    });
  }
  jobs.register({ name: 'recommendations.refresh', order: 50, run: async () => void (await refresh.refreshDue()) });
}
