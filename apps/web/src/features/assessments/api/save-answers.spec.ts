import { withSavedAnswers, type SavedAnswers } from './save-answers';

const answer = (criterionKey: string, selfLevel: number | null, updatedAt = '2026-12-01T10:00:00.000Z') => ({
  criterionKey,
  selfLevel,
  notAssessed: false,
  targetLevel: null,
  targetDate: null,
  evidence: '',
  links: [],
  confidence: null,
  moderatedLevel: null,
  moderatorComment: null,
  updatedAt,
});

const cached = {
  id: 'a1',
  status: 'DRAFT' as const,
  version: 4,
  updatedAt: '2026-12-01T10:00:00.000Z',
  history: [{ transition: 'SUBMIT' }],
  responses: [answer('access.a', 2), answer('co-design.a', 3), answer('co-design.b', 1)],
  quickCheckAnswers: [
    { questionKey: 'co-design.q1', answer: 'AGREE' as const },
    { questionKey: 'co-design.q2', answer: 'DISAGREE' as const },
    { questionKey: 'leadership.q1', answer: 'AGREE' as const },
  ],
  progress: [
    { domainKey: 'access', answered: 1, total: 3, status: 'IN_PROGRESS' as const },
    { domainKey: 'co-design', answered: 2, total: 3, status: 'IN_PROGRESS' as const },
  ],
};

describe('the cached assessment after a save', () => {
  // The co-design page was saved: its three criteria and two quick-check questions were sent.
  const saved: SavedAnswers = {
    assessmentId: 'a1',
    status: 'DRAFT',
    version: 5,
    updatedAt: '2026-12-01T10:05:00.000Z',
    responses: [answer('co-design.a', 4, '2026-12-01T10:05:00.000Z'), answer('co-design.b', 1), answer('co-design.c', 2, '2026-12-01T10:05:00.000Z')],
    quickCheckAnswers: [{ questionKey: 'co-design.q1', answer: 'PARTIALLY_AGREE' }],
    progress: [{ domainKey: 'co-design', answered: 3, total: 3, status: 'COMPLETED' }],
  };
  const after = withSavedAnswers(cached, saved, ['co-design.q1', 'co-design.q2']);

  it('takes the new version and the saved answers, in criterion order, keeping the other pages’ answers', () => {
    expect(after.version).toBe(5);
    expect(after.updatedAt).toBe(saved.updatedAt);
    expect(after.responses.map((r) => [r.criterionKey, r.selfLevel])).toEqual([
      ['access.a', 2],
      ['co-design.a', 4],
      ['co-design.b', 1],
      ['co-design.c', 2],
    ]);
  });

  it('drops a sent quick-check answer the save cleared, and keeps the ones not sent', () => {
    expect(after.quickCheckAnswers).toEqual([
      { questionKey: 'co-design.q1', answer: 'PARTIALLY_AGREE' },
      { questionKey: 'leadership.q1', answer: 'AGREE' },
    ]);
  });

  it('updates the progress of the saved domains only, and leaves everything else as it was', () => {
    expect(after.progress).toEqual([cached.progress[0], saved.progress[0]]);
    expect(after.history).toBe(cached.history);
    expect(after.id).toBe('a1');
  });
});
