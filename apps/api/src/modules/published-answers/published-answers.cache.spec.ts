import { PublishedAnswersCache } from './published-answers.cache';
import { canonicalJson } from './published-answers.service';

const always = () => true;

describe('PublishedAnswersCache', () => {
  it('serves nothing from memory until it may (nobody would tell it of a change)', async () => {
    const cache = new PublishedAnswersCache();
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    await cache.answer('k', compute, always);
    expect((await cache.answer('k', compute, always)).value).toEqual({ n: 2 });
    expect(cache.size).toBe(0);
    cache.setUsable(true);
    await cache.answer('k', compute, always);
    const second = await cache.answer('k', compute, always);
    expect(second.value).toEqual({ n: 3 });
    expect(second.entry?.hash).toMatch(/^[A-Za-z0-9_-]+$/);
    cache.setUsable(false);
    expect(cache.size).toBe(0);
    expect((await cache.answer('k', compute, always)).value).toEqual({ n: 4 });
  });

  it('keeps only what may be kept, and forgets everything when told', async () => {
    const cache = new PublishedAnswersCache();
    cache.setUsable(true);
    let computed = 0;
    const provisional = await cache.answer('p', async () => ({ published: false, n: ++computed }), (v) => v.published);
    expect(provisional.entry).toBeNull();
    await cache.answer('p', async () => ({ published: false, n: ++computed }), (v) => v.published);
    expect(computed).toBe(2);
    await cache.answer('q', async () => ({ published: true }), (v) => v.published);
    expect(cache.size).toBe(1);
    cache.invalidate();
    expect(cache.size).toBe(0);
  });

  it('does not keep an answer worked out while a change was announced (it may have read the old data)', async () => {
    const cache = new PublishedAnswersCache();
    cache.setUsable(true);
    let release!: () => void;
    const slow = cache.answer('k', () => new Promise<{ old: boolean }>((resolve) => (release = () => resolve({ old: true }))), always);
    await Promise.resolve();
    cache.invalidate();
    release();
    expect((await slow).value).toEqual({ old: true });
    expect(cache.size).toBe(0);
    expect((await cache.answer('k', async () => ({ old: false }), always)).value).toEqual({ old: false });
  });

  it('works an answer out once for callers asking at the same time', async () => {
    const cache = new PublishedAnswersCache();
    cache.setUsable(true);
    let computed = 0;
    const compute = async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { n: computed };
    };
    const answers = await Promise.all([1, 2, 3].map(() => cache.answer('k', compute, always)));
    expect(computed).toBe(1);
    expect(answers.map((a) => a.value)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
  });

  it('drops the least recently used answers beyond its limits of entries and size', async () => {
    const cache = new PublishedAnswersCache({ maxEntries: 2, maxChars: 1000 });
    cache.setUsable(true);
    const put = (key: string, value: unknown) => cache.answer(key, async () => value, always);
    await put('a', 1);
    await put('b', 2);
    await put('a', 'ignored: a hit');
    await put('c', 3);
    expect(cache.size).toBe(2);
    // "a" was used after "b", so "b" went.
    expect((await put('a', 'recomputed')).value).toBe(1);
    expect((await put('c', 'recomputed')).value).toBe(3);
    expect((await put('b', 'recomputed')).value).toBe('recomputed');

    const small = new PublishedAnswersCache({ maxEntries: 100, maxChars: 50 });
    small.setUsable(true);
    await small.answer('big', async () => 'x'.repeat(60), always);
    expect(small.size).toBe(0);
    for (const key of ['1', '2', '3']) await small.answer(key, async () => 'y'.repeat(20), always);
    expect(small.size).toBe(2);
  });

  it('makes the same key of the same arguments in any order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [2, { e: 2, f: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
