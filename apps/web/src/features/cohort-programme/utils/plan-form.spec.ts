import { GraphQLRequestError } from '../../../lib/graphql-client';
import { formErrorsFrom } from '../../../lib/form-errors';
import { addSession, checkboxId, planFormFrom, planInput, planProblems, toggle, topicsFrom } from './plan-form';

const systems = [{ id: 'sys-a' }, { id: 'sys-b' }, { id: 'sys-c' }];
const plan = {
  groupSessions: [{ domainKey: 'co-design', title: 'Co-design together', systemIds: ['sys-a', 'sys-b'], notes: '' }],
  individualCoaching: [{ systemId: 'sys-b', topics: ['One', 'Two'], recommendationIds: ['ICS-3'], peerSystemIds: ['sys-a'], notes: 'Soon' }],
};
const context = { cohortId: 'cohort', cycleId: 'cycle', expectedVersion: 4 };
const names = { domainTitle: (k: string) => `Domain ${k}`, systemName: (id: string) => `ICS ${id}` };

describe('planFormFrom', () => {
  it('has every session, and a coaching entry for every ICS of the cohort, topics one a line', () => {
    const form = planFormFrom(plan, systems);
    expect(form.sessions).toEqual([{ key: 's1', domainKey: 'co-design', title: 'Co-design together', systemIds: ['sys-a', 'sys-b'], notes: '' }]);
    expect(form.coaching.map((c) => c.systemId)).toEqual(['sys-a', 'sys-b', 'sys-c']);
    expect(form.coaching[1]).toEqual({ systemId: 'sys-b', topics: 'One\nTwo', recommendationIds: ['ICS-3'], peerSystemIds: ['sys-a'], notes: 'Soon' });
    expect(form.coaching[0].topics).toBe('');
  });
});

describe('planInput', () => {
  it('round-trips a plan, leaving out ICSs with nothing planned', () => {
    const { input } = planInput(planFormFrom(plan, systems), context);
    expect(input).toEqual({ ...context, ...plan });
  });

  it('sends null as the expected version of a first save', () => {
    expect(planInput(planFormFrom(plan, systems), { ...context, expectedVersion: null }).input.expectedVersion).toBeNull();
  });

  it('trims, and drops blank topic lines', () => {
    const form = planFormFrom(plan, systems);
    const edited = { ...form, coaching: form.coaching.map((c) => (c.systemId === 'sys-c' ? { ...c, topics: '  First \n\n Second\r\n' } : c)) };
    expect(planInput(edited, context).input.individualCoaching.map((c) => c.topics)).toEqual([['One', 'Two'], ['First', 'Second']]);
    expect(topicsFrom(' \n ')).toEqual([]);
  });

  it("maps the API's field paths (numbered as sent) to the inputs' ids", () => {
    const form = planFormFrom(plan, systems);
    const { fieldIds } = planInput(form, context);
    expect(fieldIds['groupSessions[0].title']).toBe('session-s1-title');
    expect(fieldIds['groupSessions[0].systemIds']).toBe('session-s1-systems');
    // sys-a plans nothing, so sys-b is the first coaching entry sent.
    expect(fieldIds['individualCoaching[0].topics']).toBe('coaching-sys-b-topics');
    expect(fieldIds['individualCoaching[0].peerSystemIds']).toBe('coaching-sys-b-peers');
    expect(fieldIds.groupSessions).toBe('add-session-domain');

    const error = new GraphQLRequestError('BAD_USER_INPUT', 'Give the session a title.', [
      { code: 'BAD_USER_INPUT', message: 'Give the session a title.', field: 'groupSessions[0].title' },
    ]);
    expect(formErrorsFrom(error, fieldIds)).toEqual([{ fieldId: 'session-s1-title', message: 'Give the session a title.' }]);
  });
});

describe('addSession and toggle', () => {
  it('adds a session with a fresh key', () => {
    const form = addSession(planFormFrom(plan, systems), 'leadership', 'Leading', ['sys-c']);
    expect(form.sessions.map((s) => s.key)).toEqual(['s1', 's2']);
    expect(form.nextKey).toBe(3);
    expect(form.sessions[1]).toMatchObject({ domainKey: 'leadership', title: 'Leading', systemIds: ['sys-c'] });
  });

  it('ticks and unticks in the order of the choices', () => {
    expect(toggle(['sys-c'], 'sys-a', true, ['sys-a', 'sys-b', 'sys-c'])).toEqual(['sys-a', 'sys-c']);
    expect(toggle(['sys-a', 'sys-c'], 'sys-a', false, ['sys-a', 'sys-b', 'sys-c'])).toEqual(['sys-c']);
  });

  it('names checkboxes as NHS.UK does', () => {
    expect(checkboxId('group', 0)).toBe('group');
    expect(checkboxId('group', 2)).toBe('group-3');
  });
});

describe('planProblems', () => {
  it('needs a title for every session and links to it', () => {
    const form = planFormFrom({ ...plan, groupSessions: [{ ...plan.groupSessions[0], title: '  ' }] }, systems);
    expect(planProblems(form, names)).toEqual([{ fieldId: 'session-s1-title', message: 'Give session 1 (Domain co-design) a title.' }]);
  });

  it('finds nothing wrong with a good plan', () => {
    expect(planProblems(planFormFrom(plan, systems), names)).toEqual([]);
  });
});
