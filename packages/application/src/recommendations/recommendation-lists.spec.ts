import { fill } from './recommendation-lists';

describe('fill', () => {
  it('takes distinct ids from the lists in turn, skipping excluded ones, up to the size', () => {
    expect(fill(4, ['b'], [['a', 'b', 'c'], ['c', 'd', 'e', 'f']])).toEqual(['a', 'c', 'd', 'e']);
    expect(fill(10, [], [['a'], [], ['a', 'b']])).toEqual(['a', 'b']);
    expect(fill(0, [], [['a']])).toEqual([]);
  });
});
