import { webhookBackoffMs } from './webhook-sender';

it('backs off exponentially from the base: the first retry within 30 s, then doubling, at most an hour apart', () => {
  expect([1, 2, 3, 4].map((n) => webhookBackoffMs(n, 10_000))).toEqual([10_000, 20_000, 40_000, 80_000]);
  expect(webhookBackoffMs(30, 10_000)).toBe(3_600_000);
  // With the defaults, a partner that stays down gets about 30 attempts in the 24 hours before the delivery is dead.
  let elapsed = 0;
  let attempts = 1;
  while (elapsed + webhookBackoffMs(attempts, 10_000) < 86_400_000) elapsed += webhookBackoffMs(attempts++, 10_000);
  expect(attempts).toBeGreaterThanOrEqual(25);
  expect(attempts).toBeLessThanOrEqual(35);
});
