import { CANVAS_V1 } from '@idt/domain';
import { ACTION_FIELD_IDS, actionDomainsOf, actionFormFrom, actionInputFrom, domainTitleOf, emptyActionForm } from './action-form';

const first = CANVAS_V1.domains[0];
const asApi = () => ({ domains: CANVAS_V1.domains.map((d, i) => ({ key: d.key, number: i + 1, title: d.title })).reverse() });
const ACTION_DOMAINS = actionDomainsOf(asApi());

describe('the action form', () => {
  it('offers every domain of the canvas the plan follows, in order, numbered as the task list numbers them', () => {
    expect(ACTION_DOMAINS).toHaveLength(CANVAS_V1.domains.length);
    expect(ACTION_DOMAINS[0]).toEqual({ key: first.key, title: `1. ${first.title}` });
    expect(domainTitleOf(ACTION_DOMAINS, first.key)).toBe(`1. ${first.title}`);
    expect(domainTitleOf(ACTION_DOMAINS, 'retired-domain')).toBe('retired-domain');
    const newer = { domains: [...asApi().domains, { key: 'new', number: CANVAS_V1.domains.length + 1, title: 'New' }] };
    expect(actionDomainsOf(newer).at(-1)).toEqual({ key: 'new', title: `${CANVAS_V1.domains.length + 1}. New` });
  });

  it('turns a filled-in form into the API input: trimmed text, a yyyy-mm-dd date or none', () => {
    const values = { ...emptyActionForm(), domainKey: first.key, action: '  Map digital hubs  ', owner: ' Digital lead ', dueOn: { day: '9', month: '3', year: '2027' } };
    expect(actionInputFrom(values, ACTION_DOMAINS)).toEqual({
      input: { domainKey: first.key, action: 'Map digital hubs', owner: 'Digital lead', dueOn: '2027-03-09', status: 'NOT_STARTED' },
      errors: [],
    });
    expect(actionInputFrom({ ...values, dueOn: { day: '', month: '', year: '' } }, ACTION_DOMAINS).input?.dueOn).toBeNull();
  });

  it('names every problem beside its field, and sends nothing', () => {
    expect(actionInputFrom({ ...emptyActionForm(), owner: 'x'.repeat(201), dueOn: { day: '31', month: '2', year: '2027' } }, ACTION_DOMAINS)).toEqual({
      input: null,
      errors: [
        { fieldId: ACTION_FIELD_IDS.domainKey, message: 'Choose a domain of the canvas' },
        { fieldId: ACTION_FIELD_IDS.action, message: 'Describe the action' },
        { fieldId: ACTION_FIELD_IDS.owner, message: 'The owner must be 200 characters or fewer' },
        { fieldId: ACTION_FIELD_IDS.dueOn, message: 'Due date must be a real date, for example 31 3 2027' },
      ],
    });
    const tooLong = actionInputFrom({ ...emptyActionForm(), domainKey: first.key, action: 'y'.repeat(1001), dueOn: { day: '1', month: '', year: '2027' } }, ACTION_DOMAINS);
    expect(tooLong.errors.map((e) => e.message)).toEqual(['The action must be 1000 characters or fewer', 'Due date must include a month']);
  });

  it('shows a saved action as it was typed, and round-trips', () => {
    const saved = { domainKey: first.key, action: 'Fund VCSE partners', owner: 'Finance', dueOn: '2027-12-01', status: 'IN_PROGRESS' as const };
    const form = actionFormFrom(saved);
    expect(form.dueOn).toEqual({ day: '1', month: '12', year: '2027' });
    expect(actionInputFrom(form, ACTION_DOMAINS).input).toEqual(saved);
    expect(actionFormFrom({ ...saved, dueOn: null }).dueOn).toEqual({ day: '', month: '', year: '' });
  });
});
