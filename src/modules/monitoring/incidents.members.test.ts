import { describe, expect, it } from 'vitest';
import { MemberCache, type Member } from './incidents.members.js';

const members = (n: number): Member[] =>
  Array.from({ length: n }, (_, i) => ({ receivedAt: String(i) }) as unknown as Member);

describe('the incident member cache', () => {
  it('answers only for the revision it kept, and forgets merged incidents', () => {
    const cache = new MemberCache(100);
    cache.apply(new Map([['a', { revision: 3, members: members(5) }]]));
    expect(cache.get('a', 3)).toHaveLength(5);
    expect(cache.get('a', 2)).toBeUndefined();
    expect(cache.get('a', 4)).toBeUndefined();
    cache.apply(new Map([['a', null]]));
    expect(cache.get('a', 3)).toBeUndefined();
  });

  it('drops the least recently used beyond its capacity, and never keeps one incident of more than a quarter', () => {
    const cache = new MemberCache(100);
    cache.apply(new Map([['a', { revision: 1, members: members(20) }]]));
    cache.apply(new Map([['b', { revision: 1, members: members(20) }]]));
    cache.apply(new Map([['c', { revision: 1, members: members(20) }]]));
    expect(cache.get('a', 1)).toBeDefined(); // now the most recently used
    cache.apply(
      new Map([
        ['d', { revision: 1, members: members(25) }],
        ['e', { revision: 1, members: members(25) }],
      ]),
    );
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('e', 1)).toBeDefined();
    cache.apply(new Map([['big', { revision: 1, members: members(26) }]]));
    expect(cache.get('big', 1)).toBeUndefined();
  });
});
