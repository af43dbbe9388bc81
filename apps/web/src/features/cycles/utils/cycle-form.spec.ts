import { CYCLE_PROGRESS_CSV_HEADERS } from '@idt/domain';
import { canvasVersionName, cycleCanvasNote, cycleCanvasOptions, cycleProgressCsv, emptyOpenCycleValues, OPEN_CYCLE_FIELDS, openCycleFormProblems, openCycleInput } from './cycle-form';

describe('the "Open a cycle" form', () => {
  it('asks for everything left empty, each beside its field', () => {
    expect(openCycleFormProblems(emptyOpenCycleValues()).map((p) => p.fieldId)).toEqual([
      OPEN_CYCLE_FIELDS.name,
      OPEN_CYCLE_FIELDS.frameworkId,
      OPEN_CYCLE_FIELDS.opensOn,
      OPEN_CYCLE_FIELDS.closesOn,
      OPEN_CYCLE_FIELDS.cohortId,
    ]);
  });

  it('refuses a day that does not exist, and a cohort cycle without its cohort', () => {
    const values = {
      ...emptyOpenCycleValues(),
      name: 'Spring',
      frameworkId: 'f',
      opensOn: { day: '30', month: '2', year: '2027' },
      closesOn: { day: '1', month: '4', year: '2027' },
      participants: 'COHORT' as const,
    };
    expect(openCycleFormProblems(values).map((p) => p.message)).toEqual([
      'Opening date must be a real date, for example 31 3 2027',
      'Choose the cohort that takes part',
    ]);
  });

  it('sends dates as YYYY-MM-DD and no cohort for every ICS', () => {
    const values = {
      ...emptyOpenCycleValues(),
      name: 'Spring',
      frameworkId: 'f',
      opensOn: { day: '1', month: '3', year: '2027' },
      closesOn: { day: '31', month: '5', year: '2027' },
      participants: 'ALL' as const,
      cohortId: 'ignored',
      illustrative: true,
    };
    expect(openCycleInput(values)).toEqual({ name: 'Spring', frameworkId: 'f', opensOn: '2027-03-01', closesOn: '2027-05-31', cohortId: null, illustrative: true });
  });
});

describe('the progress download', () => {
  it('writes words under the plain-English headers, guarding cells', () => {
    const csv = cycleProgressCsv(CYCLE_PROGRESS_CSV_HEADERS, [
      { systemId: 's', systemName: '=Devon', regionName: 'South West', status: 'IN_PROGRESS', label: 'In progress', answeredCount: 4, criteriaCount: 40, updatedOn: '2026-12-01' },
    ]);
    expect(csv).toBe(`${CYCLE_PROGRESS_CSV_HEADERS.join(',')}\r\n'=Devon,South West,In progress,4,40,2026-12-01,\r\n`);
  });
});

describe('the canvas versions of a cycle', () => {
  const TITLE = 'Inclusive Digital Transformation Canvas';
  it('offers only the versions a new cycle may use, as the API says: not the retired version 1, nor a draft', () => {
    const frameworks = [
      { id: 'v1', title: TITLE, version: 1, usableForNewCycle: false },
      { id: 'v2', title: TITLE, version: 2, usableForNewCycle: true },
      { id: 'v3', title: TITLE, version: 3, usableForNewCycle: false },
    ];
    expect(cycleCanvasOptions(frameworks)).toEqual([{ value: 'v2', label: `${TITLE}, version 2` }]);
    expect(cycleCanvasOptions([])).toEqual([]);
  });

  it('names a version in words, and says when a cycle uses a retired one', () => {
    expect(canvasVersionName({ title: TITLE, version: 2 })).toBe(`${TITLE}, version 2`);
    expect(cycleCanvasNote('PUBLISHED')).toBeNull();
    expect(cycleCanvasNote('RETIRED')).toBe('Retired: a newer version has been published since. This cycle carries on with this version.');
  });
});
