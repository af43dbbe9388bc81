import { toContinue } from './assessment-list';

const progress = (completed: number) =>
  Array.from({ length: 11 }, (_, i) => ({ status: i < completed ? 'COMPLETED' : 'NOT_STARTED' }));
const assessment = (id: string, canEdit: boolean, closesOn: string, completed: number) => ({
  id,
  canEdit,
  cycle: { closesOn },
  progress: progress(completed),
});

describe('toContinue', () => {
  it('puts an editable assessment first, with how far it has got, and leaves out those that cannot be edited', () => {
    const draft = assessment('new', true, '2026-12-31', 4);
    const old = assessment('old', false, '2025-12-31', 11);
    expect(toContinue([old, draft])).toEqual([{ assessment: draft, completed: 4, total: 11 }]);
  });

  it('puts none first when none can be worked on', () => {
    expect(toContinue([assessment('old', false, '2025-12-31', 11)])).toEqual([]);
  });

  it('puts every one that can be worked on first, the soonest to close first', () => {
    const later = assessment('later', true, '2027-03-01', 0);
    const returned = assessment('returned', true, '2026-12-01', 11);
    const sooner = assessment('sooner', true, '2026-12-15', 2);
    expect(toContinue([later, returned, sooner]).map((c) => [c.assessment.id, c.completed])).toEqual([
      ['returned', 11],
      ['sooner', 2],
      ['later', 0],
    ]);
  });
});
