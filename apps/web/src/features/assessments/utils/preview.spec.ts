import { emptyPreviewValues, afterPreviewDomain, previewProgress, type PreviewDomain } from './preview';

const domains: PreviewDomain[] = [
  { key: 'leadership', criteria: [{ key: 'leadership.owner' }, { key: 'leadership.plan' }], quickCheck: [{ key: 'leadership.qc' }] },
  { key: 'access', criteria: [{ key: 'access.devices' }], quickCheck: [] },
];

describe('the online form preview', () => {
  it('starts with every question of every domain empty', () => {
    const values = emptyPreviewValues(domains);
    expect(Object.keys(values.responses)).toEqual(['leadership.owner', 'leadership.plan', 'access.devices']);
    expect(values.responses['access.devices']).toEqual({
      level: '',
      targetLevel: '',
      targetDate: { day: '', month: '', year: '' },
      evidence: '',
      links: '',
      confidence: '',
    });
    expect(values.quickCheck).toEqual({ 'leadership.qc': '' });
  });

  it('counts progress as a saved assessment does: a level or "not assessed" answers a criterion, evidence alone starts a domain', () => {
    const empty = emptyPreviewValues(domains);
    expect(previewProgress(domains, empty).map((p) => p.status)).toEqual(['NOT_STARTED', 'NOT_STARTED']);

    const values = {
      ...empty,
      responses: {
        ...empty.responses,
        'leadership.owner': { ...empty.responses['leadership.owner'], level: '3' },
        'access.devices': { ...empty.responses['access.devices'], level: 'NOT_ASSESSED' },
      },
    };
    expect(previewProgress(domains, values)).toEqual([
      { domainKey: 'leadership', answered: 1, total: 2, status: 'IN_PROGRESS' },
      { domainKey: 'access', answered: 1, total: 1, status: 'COMPLETED' },
    ]);

    const evidenceOnly = {
      ...empty,
      responses: { ...empty.responses, 'leadership.plan': { ...empty.responses['leadership.plan'], evidence: 'A plan' } },
    };
    expect(previewProgress(domains, evidenceOnly)[0]).toMatchObject({ answered: 0, status: 'IN_PROGRESS' });
  });

  it('goes from one domain to the next, and after the last back to the task list', () => {
    expect(afterPreviewDomain(domains, 'leadership')).toBe('access');
    expect(afterPreviewDomain(domains, 'access')).toBeNull();
    expect(afterPreviewDomain(domains, 'nowhere')).toBeNull();
  });
});
