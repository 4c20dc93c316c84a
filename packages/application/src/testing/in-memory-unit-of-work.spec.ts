import { InMemoryUnitOfWork, type TransactionalState } from './in-memory-unit-of-work';

class Counter implements TransactionalState {
  value = 0;
  snapshotState(): unknown {
    return this.value;
  }
  restoreState(state: unknown): void {
    this.value = state as number;
  }
}

describe('InMemoryUnitOfWork', () => {
  it('keeps what a run wrote, and restores every store when the run throws', async () => {
    const a = new Counter();
    const b = new Counter();
    const uow = new InMemoryUnitOfWork([a, b]);
    await uow.run(async () => {
      a.value = 1;
    });
    await expect(
      uow.run(async () => {
        a.value = 2;
        b.value = 2;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect([a.value, b.value, uow.rollbacks]).toEqual([1, 0, 1]);
  });

  it('joins a run inside a run: the outer failure undoes the inner writes too', async () => {
    const a = new Counter();
    const uow = new InMemoryUnitOfWork([a]);
    await expect(
      uow.run(async () => {
        await uow.run(async () => {
          a.value = 5;
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(a.value).toBe(0);
    expect(uow.runs).toBe(1);
  });

  it('isolates concurrent runs: a rollback never erases another run that committed meanwhile', async () => {
    const a = new Counter();
    const uow = new InMemoryUnitOfWork([a]);
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const results = await Promise.allSettled([
      uow.run(async () => {
        a.value += 1;
        await tick();
        throw new Error('first fails');
      }),
      uow.run(async () => {
        await tick();
        a.value += 10;
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(a.value).toBe(10);
  });
});
