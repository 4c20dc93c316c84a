import type { Order } from '@devgear/domain';

/**
 * What other modules may use of ordering besides its module and tokens: the one wire shape of an
 * order (OrderPresenter, exported by the module: partner webhooks send orders exactly as the API shows them) and the read-only lookup
 * provided under ORDER_LOOKUP.
 */
export { OrderPresenter } from './http/order.presenter';

export interface OrderLookup {
  findById(id: string): Promise<Order | null>;
}
