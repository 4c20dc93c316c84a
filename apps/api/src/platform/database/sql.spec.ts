import { emptySql, sql } from './sql';

describe('sql', () => {
  it('numbers the values and splices nested fragments with theirs, in order', () => {
    const guard = (on: boolean) => (on ? sql`AND b = ${2}` : emptySql);
    const q = sql`SELECT * FROM t WHERE a = ${1} ${guard(true)} AND c = ${'x'} ${guard(false)}`.toQuery();
    expect(q).toEqual({ text: 'SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3 ', values: [1, 2, 'x'] });
  });

  it('leaves a statement without values as it is', () => {
    expect(sql`SELECT 1`.toQuery()).toEqual({ text: 'SELECT 1', values: [] });
  });
});
