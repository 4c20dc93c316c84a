import * as application from './index';
import * as testing from './testing';

describe('the production entry (@devgear/application)', () => {
  it('ships no in-memory fake or fixture: they live in @devgear/application/testing', () => {
    const fakes = Object.keys(testing);
    expect(fakes.length).toBeGreaterThan(20);
    expect(fakes.filter((name) => name in application)).toEqual([]);
  });
});
