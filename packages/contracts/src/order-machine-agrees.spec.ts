import { FULFILMENT_STATUSES } from '@devgear/application';
import { ORDER_STATUS_TRANSITIONS as DOMAIN_TRANSITIONS } from '@devgear/domain';
import { ADMIN_ORDER_STATUS_TARGETS, ORDER_STATUS_TRANSITIONS } from './orders';

/**
 * Clients build their buttons from the contracts' status machine (the back office's order
 * actions); the domain enforces its own. A move the contracts offered that the domain refuses
 * would be a button that always fails with 409; one the contracts left out, a move nobody can make.
 */
it('the status machine of the contracts is the domain one', () => {
  expect(ORDER_STATUS_TRANSITIONS).toEqual(DOMAIN_TRANSITIONS);
});

it('an admin sets exactly the fulfilment statuses the API advances to, and cancelled', () => {
  expect([...ADMIN_ORDER_STATUS_TARGETS].sort()).toEqual([...FULFILMENT_STATUSES, 'cancelled'].sort());
});
