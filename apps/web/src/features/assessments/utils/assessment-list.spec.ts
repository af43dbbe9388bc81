import { oneToContinue } from './assessment-list';

const progress = (completed: number) =>
  Array.from({ length: 11 }, (_, i) => ({ status: i < completed ? 'COMPLETED' : 'NOT_STARTED' }));

describe('oneToContinue', () => {
  it('puts the only editable assessment first, with how far it has got', () => {
    const draft = { id: 'new', canEdit: true, progress: progress(4) };
    const old = { id: 'old', canEdit: false, progress: progress(11) };
    expect(oneToContinue([draft, old])).toEqual({ assessment: draft, completed: 4, total: 11 });
  });

  it('puts none first when none, or several, can be worked on', () => {
    expect(oneToContinue([{ id: 'old', canEdit: false, progress: progress(11) }])).toBeNull();
    expect(
      oneToContinue([
        { id: 'a', canEdit: true, progress: progress(0) },
        { id: 'b', canEdit: true, progress: progress(0) },
      ]),
    ).toBeNull();
  });
});
