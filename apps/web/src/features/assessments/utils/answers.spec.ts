import { RESPONSE_LIMITS, type ResponseValues } from '@idt/domain';
import {
  answerProblems,
  answerToSave,
  emptyAnswer,
  formValuesFrom,
  linksFrom,
  pageAnswersFrom,
  pageAnswersToSave,
  pageFormValuesFrom,
  pageProblems,
  parseTargetDate,
  sameAnswer,
  samePageAnswers,
  saveAnswersInput,
  savedAnswerFrom,
  type AnswerFormValues,
} from './answers';

const KEY = 'local-needs.needs-analysis';

const saved: ResponseValues = {
  criterionKey: KEY,
  selfLevel: 3,
  notAssessed: false,
  targetLevel: 4,
  targetDate: '2027-03-09',
  evidence: 'A needs map with Healthwatch.\nUpdated yearly.',
  links: ['https://example.nhs.uk/map', 'https://example.nhs.uk/plan'],
  confidence: 'MEDIUM',
};

const blank: AnswerFormValues = {
  level: '',
  targetLevel: '',
  targetDate: { day: '', month: '', year: '' },
  evidence: '',
  links: '',
  confidence: '',
};

describe('formValuesFrom and answerToSave', () => {
  it('shows a saved answer in the form, and saves the form as that same answer', () => {
    const values = formValuesFrom(saved);
    expect(values).toEqual({
      level: '3',
      targetLevel: '4',
      targetDate: { day: '9', month: '3', year: '2027' },
      evidence: 'A needs map with Healthwatch.\nUpdated yearly.',
      links: 'https://example.nhs.uk/map\nhttps://example.nhs.uk/plan',
      confidence: 'MEDIUM',
    });
    expect(answerToSave(KEY, values, saved)).toEqual(saved);
  });

  it('gives an empty form for a criterion with no answer, which saves as an empty answer', () => {
    expect(formValuesFrom(undefined)).toEqual(blank);
    expect(answerToSave(KEY, blank, undefined)).toEqual(emptyAnswer(KEY));
  });

  it('saves "not assessed" without a level', () => {
    const answer = answerToSave(KEY, { ...blank, level: 'NOT_ASSESSED' }, undefined);
    expect(answer).toMatchObject({ selfLevel: null, notAssessed: true });
    expect(formValuesFrom(answer).level).toBe('NOT_ASSESSED');
  });

  it('pads the date and drops blank lines and spaces around links', () => {
    const answer = answerToSave(
      KEY,
      { ...blank, level: '1', targetDate: { day: '1', month: '12', year: '2026' }, links: '  https://a.nhs.uk/x \n\n' },
      undefined,
    );
    expect(answer).toMatchObject({ selfLevel: 1, targetDate: '2026-12-01', links: ['https://a.nhs.uk/x'] });
  });

  it('keeps the saved value of a field that cannot be saved yet, and saves everything else', () => {
    const values: AnswerFormValues = {
      ...formValuesFrom(saved),
      level: '5',
      targetDate: { day: '31', month: '2', year: '2027' },
      links: 'not a link',
      evidence: 'New evidence',
    };
    expect(answerToSave(KEY, values, saved)).toEqual({
      ...saved,
      selfLevel: 5,
      evidence: 'New evidence',
      targetDate: saved.targetDate,
      links: saved.links,
    });
  });

  it('keeps evidence exactly as typed, spaces and line breaks included', () => {
    expect(answerToSave(KEY, { ...blank, evidence: '  two\n\nparagraphs  ' }, undefined).evidence).toBe('  two\n\nparagraphs  ');
  });
});

describe('savedAnswerFrom', () => {
  it('reads what the API returns', () => {
    expect(savedAnswerFrom({ ...saved, moderatedLevel: null, updatedAt: '2026-01-01T00:00:00Z' })).toEqual(saved);
  });

  it('treats anything of an unexpected shape as not given', () => {
    expect(
      savedAnswerFrom({ criterionKey: KEY, selfLevel: 9, notAssessed: 'yes', targetLevel: '3', evidence: 4, links: ['x', 5], confidence: 'VERY' }),
    ).toEqual({ ...emptyAnswer(KEY), links: ['x'] });
  });
});

describe('parseTargetDate', () => {
  it.each([
    [{ day: '', month: '', year: '' }, { ok: true, value: null }],
    [{ day: '31', month: '3', year: '2027' }, { ok: true, value: '2027-03-31' }],
    [{ day: ' 09 ', month: '03', year: '2027' }, { ok: true, value: '2027-03-09' }],
    [{ day: '29', month: '2', year: '2028' }, { ok: true, value: '2028-02-29' }],
  ])('reads %p', (date, expected) => {
    expect(parseTargetDate(date)).toEqual(expected);
  });

  it.each([
    [{ day: '31', month: '', year: '2027' }, 'Target date must include a month'],
    [{ day: '', month: '', year: '2027' }, 'Target date must include a day and month'],
    [{ day: '29', month: '2', year: '2027' }, 'Target date must be a real date, for example 31 3 2027'],
    [{ day: '1', month: '13', year: '2027' }, 'Target date must be a real date, for example 31 3 2027'],
    [{ day: '1', month: '1', year: '27' }, 'Target date must be a real date, for example 31 3 2027'],
    [{ day: 'x', month: '1', year: '2027' }, 'Target date must be a real date, for example 31 3 2027'],
  ])('refuses %p', (date, message) => {
    expect(parseTargetDate(date)).toEqual({ ok: false, message });
  });
});

describe('answerProblems', () => {
  it('finds nothing wrong with an empty or a complete answer', () => {
    expect(answerProblems(blank)).toEqual([]);
    expect(answerProblems(formValuesFrom(saved))).toEqual([]);
  });

  it('checks links with the same rule as the API', () => {
    expect(answerProblems({ ...blank, links: 'https://ok.nhs.uk\nwww.example.com' })).toEqual([
      { field: 'links', message: 'Links must start with https:// or http://' },
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => `https://example.nhs.uk/${i}`).join('\n');
    expect(answerProblems({ ...blank, links: eleven })).toEqual([{ field: 'links', message: 'Give 10 links or fewer' }]);
  });

  it('checks the length of the evidence, and the date', () => {
    expect(
      answerProblems({ ...blank, evidence: 'x'.repeat(RESPONSE_LIMITS.evidenceMaxLength + 1), targetDate: { day: '1', month: '', year: '' } }),
    ).toEqual([
      { field: 'targetDate', message: 'Target date must include a month and year' },
      { field: 'evidence', message: 'Evidence must be 5000 characters or fewer' },
    ]);
    expect(answerProblems({ ...blank, evidence: 'x'.repeat(RESPONSE_LIMITS.evidenceMaxLength) })).toEqual([]);
  });
});

describe('linksFrom', () => {
  it('reads one link a line, ignoring blank lines and Windows line ends', () => {
    expect(linksFrom('https://a.nhs.uk\r\n\r\n  https://b.nhs.uk  \n')).toEqual(['https://a.nhs.uk', 'https://b.nhs.uk']);
  });
});

describe('sameAnswer', () => {
  it('compares every part of an answer', () => {
    expect(sameAnswer(saved, { ...saved, links: [...saved.links] })).toBe(true);
    expect(sameAnswer(saved, { ...saved, links: [saved.links[0]] })).toBe(false);
    expect(sameAnswer(saved, { ...saved, evidence: `${saved.evidence} ` })).toBe(false);
    expect(sameAnswer(saved, { ...saved, confidence: 'HIGH' })).toBe(false);
  });
});

describe('a page of answers', () => {
  const page = {
    criteria: [{ key: KEY }, { key: 'local-needs.assets-and-gaps' }],
    quickCheck: [{ key: 'local-needs.quick-1' }, { key: 'local-needs.quick-2' }],
  };
  const assessment = {
    responses: [{ ...saved }, { ...saved, criterionKey: 'elsewhere.other' }],
    quickCheckAnswers: [
      { questionKey: 'local-needs.quick-1', answer: 'AGREE' },
      { questionKey: 'elsewhere.quick', answer: 'DISAGREE' },
    ],
  };

  it("reads what is saved for the page's questions only, empty where nothing is", () => {
    expect(pageAnswersFrom(page, assessment)).toEqual({
      responses: { [KEY]: saved, 'local-needs.assets-and-gaps': emptyAnswer('local-needs.assets-and-gaps') },
      quickCheck: { 'local-needs.quick-1': 'AGREE', 'local-needs.quick-2': null },
    });
  });

  it('round-trips through the form unchanged', () => {
    const answers = pageAnswersFrom(page, assessment);
    const values = pageFormValuesFrom(page, answers);
    expect(values.quickCheck).toEqual({ 'local-needs.quick-1': 'AGREE', 'local-needs.quick-2': '' });
    expect(samePageAnswers(page, pageAnswersToSave(page, values, answers), answers)).toBe(true);
  });

  it('notices a change to one quick-check answer', () => {
    const answers = pageAnswersFrom(page, assessment);
    const values = pageFormValuesFrom(page, answers);
    const changed = pageAnswersToSave(page, { ...values, quickCheck: { ...values.quickCheck, 'local-needs.quick-2': 'DISAGREE' } }, answers);
    expect(samePageAnswers(page, changed, answers)).toBe(false);
  });

  it("sends every criterion's whole answer and every quick-check answer of the page", () => {
    const answers = pageAnswersFrom(page, assessment);
    expect(saveAnswersInput(page, 'a1', 7, answers)).toEqual({
      assessmentId: 'a1',
      expectedVersion: 7,
      responses: [
        { ...saved, links: [...saved.links] },
        { ...emptyAnswer('local-needs.assets-and-gaps'), links: [] },
      ],
      quickCheckAnswers: [
        { questionKey: 'local-needs.quick-1', answer: 'AGREE' },
        { questionKey: 'local-needs.quick-2', answer: null },
      ],
    });
  });

  it("lists the page's problems, each linked to its field", () => {
    const values = pageFormValuesFrom(page, pageAnswersFrom(page, assessment));
    const withProblems = {
      ...values,
      responses: {
        ...values.responses,
        'local-needs.assets-and-gaps': { ...values.responses['local-needs.assets-and-gaps'], links: 'example.com' },
      },
    };
    expect(pageProblems(page, withProblems)).toEqual([
      { fieldId: 'local-needs--assets-and-gaps-links', message: 'Links must start with https:// or http://' },
    ]);
  });
});
