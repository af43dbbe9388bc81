import { CANVAS_V1 } from '../canvas/v1';
import { domainProgress, linkProblem, responseProblems, ResponseValues, unansweredDomains } from './responses';

const first = CANVAS_V1.domains[0];
const answer = (criterionKey: string, overrides: Partial<ResponseValues> = {}): ResponseValues => ({
  criterionKey,
  selfLevel: 3,
  notAssessed: false,
  targetLevel: 4,
  targetDate: '2027-03-31',
  evidence: 'We mapped needs with our VCSE partners.',
  links: ['https://example.nhs.uk/report'],
  confidence: 'MEDIUM',
  ...overrides,
});

describe('responseProblems', () => {
  it('accepts complete, well-formed answers', () => {
    expect(responseProblems(CANVAS_V1, first.criteria.map((c) => answer(c.key)))).toEqual([]);
  });

  it('accepts "not assessed" and empty answers (a draft can be partly done)', () => {
    const key = first.criteria[0].key;
    expect(responseProblems(CANVAS_V1, [answer(key, { selfLevel: null, notAssessed: true })])).toEqual([]);
    expect(
      responseProblems(CANVAS_V1, [answer(key, { selfLevel: null, targetLevel: null, targetDate: null, evidence: '', links: [], confidence: null })]),
    ).toEqual([]);
  });

  it.each([
    [{ criterionKey: 'no-such.criterion' }, 'criterionKey', /no criterion "no-such.criterion"/],
    [{ selfLevel: 6 }, 'selfLevel', /from 1 to 5/],
    [{ selfLevel: 0 }, 'selfLevel', /from 1 to 5/],
    [{ selfLevel: 2.5 }, 'selfLevel', /from 1 to 5/],
    [{ notAssessed: true }, 'selfLevel', /not both/],
    [{ targetLevel: 9 }, 'targetLevel', /from 1 to 5/],
    [{ targetDate: '2027-02-30' }, 'targetDate', /real date/],
    [{ targetDate: 'next year' }, 'targetDate', /real date/],
    [{ evidence: 'x'.repeat(5001) }, 'evidence', /5000 characters or fewer/],
    [{ links: ['javascript:alert(1)'] }, 'links', /https:\/\/ or http:\/\//],
    [{ links: ['not a link'] }, 'links', /https:\/\/ or http:\/\//],
    [{ links: ['https://no-dot'] }, 'links', /not a web address/],
    [{ links: ['https://exa mple.org'] }, 'links', /not a web address/],
    [{ links: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`) }, 'links', /10 links or fewer/],
  ])('refuses %p', (overrides, field, message) => {
    const problems = responseProblems(CANVAS_V1, [answer(first.criteria[0].key, overrides as Partial<ResponseValues>)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('keeps script in evidence as text: it is valid evidence, escaped when shown', () => {
    expect(responseProblems(CANVAS_V1, [answer(first.criteria[0].key, { evidence: '<script>alert(1)</script>' })])).toEqual([]);
  });

  it('refuses the same criterion twice in one save', () => {
    const key = first.criteria[0].key;
    expect(responseProblems(CANVAS_V1, [answer(key), answer(key)]).map((p) => p.field)).toEqual(['criterionKey']);
  });
});

describe('linkProblem', () => {
  it('accepts https and http addresses with a host', () => {
    expect(linkProblem('https://www.england.nhs.uk/digital-inclusion')).toBeNull();
    expect(linkProblem('http://intranet.example.nhs.uk/x')).toBeNull();
  });
});

describe('domainProgress', () => {
  it('is not started with no answers, in progress with some, completed with all (not assessed counts)', () => {
    const [a, b, c] = first.criteria.map((x) => x.key);
    const status = (responses: ResponseValues[]) => domainProgress(CANVAS_V1, responses)[0];
    expect(status([])).toEqual({ domainKey: first.key, answered: 0, total: first.criteria.length, status: 'NOT_STARTED' });
    expect(status([answer(a, { selfLevel: null, evidence: 'started typing' })]).status).toBe('IN_PROGRESS');
    expect(status([answer(a), answer(b)])).toMatchObject({ answered: 2, status: 'IN_PROGRESS' });
    expect(status([answer(a), answer(b), answer(c, { selfLevel: null, notAssessed: true })])).toMatchObject({
      answered: 3,
      status: 'COMPLETED',
    });
  });

  it('lists the domains still to complete, in canvas order', () => {
    const all = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => answer(c.key)));
    expect(unansweredDomains(CANVAS_V1, all)).toEqual([]);
    expect(unansweredDomains(CANVAS_V1, all.slice(1))).toEqual([first.title]);
    expect(unansweredDomains(CANVAS_V1, [])).toHaveLength(11);
  });
});
