import { DomainError } from '@devgear/domain';
import { OPTIMISTIC_RETRY_ATTEMPTS, retryOnConflict } from './retry-on-conflict';

const race = () => new DomainError('CART.CONCURRENT_UPDATE', 'lost the race', 'conflict');

describe('retryOnConflict', () => {
  it('tries again after a lost race and returns the first success', async () => {
    let calls = 0;
    const result = await retryOnConflict(['CART.CONCURRENT_UPDATE'], async () => {
      calls += 1;
      if (calls < 3) throw race();
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(calls).toBe(3);
  });

  it(`gives up after ${OPTIMISTIC_RETRY_ATTEMPTS} attempts with the last conflict`, async () => {
    let calls = 0;
    const attempt = async () => {
      calls += 1;
      throw race();
    };
    await expect(retryOnConflict(['CART.CONCURRENT_UPDATE'], attempt)).rejects.toMatchObject({ code: 'CART.CONCURRENT_UPDATE' });
    expect(calls).toBe(OPTIMISTIC_RETRY_ATTEMPTS);
  });

  it('does not retry other errors, not even other conflicts', async () => {
    let calls = 0;
    const duplicate = async () => {
      calls += 1;
      throw new DomainError('CATALOG.DUPLICATE_SKU', 'taken', 'conflict');
    };
    await expect(retryOnConflict(['CART.CONCURRENT_UPDATE'], duplicate)).rejects.toMatchObject({ code: 'CATALOG.DUPLICATE_SKU' });
    expect(calls).toBe(1);
  });
});
