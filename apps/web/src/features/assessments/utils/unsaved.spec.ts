import { emptyAnswer, pageAnswersFrom, pageFormValuesFrom, type PageFormValues } from './answers';
import { forgetAllUnsavedText, keepUnsavedText, notSavedMessage, unsavedKey, withKeptText, type KeptTextStorage } from './unsaved';

/** A Storage over a Map, as sessionStorage behaves. */
class MapStorage implements KeptTextStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const page = { criteria: [{ key: 'd.one' }, { key: 'd.two' }], quickCheck: [] };
const saved = pageAnswersFrom(page, {
  responses: [{ ...emptyAnswer('d.one'), evidence: 'Saved evidence', links: [] }],
  quickCheckAnswers: [],
});
const form = pageFormValuesFrom(page, saved);
const withAnswer = (values: PageFormValues, key: string, change: Partial<PageFormValues['responses'][string]>): PageFormValues => ({
  ...values,
  responses: { ...values.responses, [key]: { ...values.responses[key], ...change } },
});
const tooLong = 'x'.repeat(5330);

describe('text not saved yet', () => {
  it('is kept per assessment, criterion and field while it differs from what is saved, and forgotten once saved', () => {
    const storage = new MapStorage();
    const typed = withAnswer(form, 'd.one', { evidence: tooLong });
    keepUnsavedText(storage, 'a1', page, typed, saved);
    expect([...storage.items.keys()]).toEqual([unsavedKey('a1', 'd.one', 'evidence')]);
    expect(JSON.parse(storage.getItem(unsavedKey('a1', 'd.one', 'evidence')) ?? '')).toBe(tooLong);

    // Shortened and saved: what is saved is what was typed, so nothing is kept any more.
    const shortened = withAnswer(form, 'd.one', { evidence: 'Shorter' });
    const nowSaved = pageAnswersFrom(page, { responses: [{ ...emptyAnswer('d.one'), evidence: 'Shorter' }], quickCheckAnswers: [] });
    keepUnsavedText(storage, 'a1', page, shortened, nowSaved);
    expect(storage.items.size).toBe(0);
  });

  it('comes back into the form on return (half a date too), and names the criteria it came back for', () => {
    const storage = new MapStorage();
    const typed = withAnswer(withAnswer(form, 'd.one', { evidence: tooLong }), 'd.two', { targetDate: { day: '3', month: '', year: '' } });
    keepUnsavedText(storage, 'a1', page, typed, saved);
    const back = withKeptText(storage, 'a1', page, form);
    expect(back.restored).toEqual(['d.one', 'd.two']);
    expect(back.values).toEqual(typed);
    // Another assessment's page is not touched.
    expect(withKeptText(storage, 'a2', page, form)).toEqual({ values: form, restored: [] });
  });

  it('forgets kept text that is what is saved now, or that is not of the right shape', () => {
    const storage = new MapStorage();
    storage.setItem(unsavedKey('a1', 'd.one', 'evidence'), JSON.stringify('Saved evidence'));
    storage.setItem(unsavedKey('a1', 'd.one', 'targetDate'), JSON.stringify('not parts'));
    storage.setItem(unsavedKey('a1', 'd.two', 'links'), '{broken');
    expect(withKeptText(storage, 'a1', page, form).restored).toEqual([]);
    expect([...storage.items.keys()]).toEqual([unsavedKey('a1', 'd.two', 'links')]);
  });

  it('is all forgotten on signing out, and nothing else is', () => {
    const storage = new MapStorage();
    storage.setItem(unsavedKey('a1', 'd.one', 'evidence'), '"x"');
    storage.setItem(unsavedKey('a2', 'd.two', 'links'), '"y"');
    storage.setItem('something-else', 'z');
    forgetAllUnsavedText(storage);
    expect([...storage.items.keys()]).toEqual(['something-else']);
  });

  it('says what is not saved and why, criterion by criterion, and nothing when all can be saved', () => {
    const number = (key: string) => (key === 'd.one' ? '1.1' : '1.2');
    expect(notSavedMessage(page, form, number)).toBeNull();
    expect(notSavedMessage(page, withAnswer(form, 'd.two', { evidence: tooLong }), number)).toBe(
      'Not saved: evidence for 1.2 is 330 characters too long. Shorten it to save.',
    );
    const two = withAnswer(withAnswer(form, 'd.one', { links: 'www.example.org' }), 'd.two', { evidence: 'x'.repeat(5001) });
    expect(notSavedMessage(page, two, number)).toBe(
      'Not saved: links to evidence for 1.1: links must start with https:// or http://. Correct it to save. ' +
        'Evidence for 1.2 is 1 character too long. Shorten it to save.',
    );
  });
});
