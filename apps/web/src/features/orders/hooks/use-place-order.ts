import type { OrderDto, PlaceOrderRequest } from '@devgear/contracts';
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '@/lib/api-client';
import { toApiError } from '@/lib/form-errors';
import { usePlaceOrderMutation } from '../api/orders-api';
import { newIdempotencyKey } from '../lib/checkout';

/** One checkout attempt: its Idempotency-Key and the body it was sent with. */
interface Attempt {
  key: string;
  body: string;
}

/**
 * After these failures the checkout may or may not have happened (no answer, a timeout, a
 * server error, a request the server still works on): sending the same again must reuse the
 * key, so the API answers with the order of the first request instead of charging twice.
 * Every other answer (declined, out of stock, a field problem) says it did not happen.
 */
export function mayHaveHappened(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500 || error.status === 429 || error.code === 'CONFLICT';
}

export type PlaceOrderOutcome = { ok: true; order: OrderDto } | { ok: false; error: ApiError } | { ok: false; error: null };

/**
 * Places the order with ONE Idempotency-Key per attempt:
 * - the key is made when an attempt starts, and kept while the same body is sent again after
 *   a failure that may have gone through (see mayHaveHappened);
 * - a declined payment or any other refusal ends the attempt, and so does any change the
 *   customer makes (`newAttempt`): the next press of Place order is a new checkout;
 * - while a request is on its way another press does nothing (the outcome is `error: null`).
 */
export function usePlaceOrder() {
  const [placeOrder] = usePlaceOrderMutation();
  const attempt = useRef<Attempt | null>(null);
  const inFlight = useRef(false);
  const [placing, setPlacing] = useState(false);

  const newAttempt = useCallback(() => {
    if (!inFlight.current) attempt.current = null;
  }, []);

  const place = useCallback(
    async (body: PlaceOrderRequest): Promise<PlaceOrderOutcome> => {
      if (inFlight.current) return { ok: false, error: null };
      inFlight.current = true;
      setPlacing(true);
      const serialised = JSON.stringify(body);
      if (!attempt.current || attempt.current.body !== serialised) attempt.current = { key: newIdempotencyKey(), body: serialised };
      try {
        const order = await placeOrder({ body, idempotencyKey: attempt.current.key }).unwrap();
        attempt.current = null;
        return { ok: true, order };
      } catch (raw) {
        const error = toApiError(raw);
        if (!mayHaveHappened(error)) attempt.current = null;
        return { ok: false, error };
      } finally {
        inFlight.current = false;
        setPlacing(false);
      }
    },
    [placeOrder],
  );

  return { place, placing, newAttempt };
}
