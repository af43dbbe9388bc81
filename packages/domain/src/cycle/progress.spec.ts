import { ASSESSMENT_STATUSES } from '../assessment/assessment-workflow';
import {
  CYCLE_PROGRESS_CSV_HEADERS,
  CYCLE_PROGRESS_STATUSES,
  cycleProgressCounts,
  cycleProgressCsvRow,
  cycleProgressRows,
  cycleProgressStatus,
} from './progress';

describe('progress at a glance', () => {
  it.each([
    ['no assessment', null, 'NOT_STARTED'],
    ['a draft with nothing answered', { status: 'DRAFT', answeredCount: 0 }, 'NOT_STARTED'],
    ['a draft with one answer', { status: 'DRAFT', answeredCount: 1 }, 'IN_PROGRESS'],
    ['submitted', { status: 'SUBMITTED', answeredCount: 30 }, 'SUBMITTED'],
    ['in review', { status: 'IN_REVIEW', answeredCount: 30 }, 'IN_REVIEW'],
    ['validated', { status: 'VALIDATED', answeredCount: 30 }, 'VALIDATED'],
    ['returned', { status: 'RETURNED', answeredCount: 30 }, 'RETURNED'],
  ] as const)('%s is %s', (_what, assessment, expected) => {
    expect(cycleProgressStatus(assessment)).toBe(expected);
  });

  it('maps every assessment status to a progress status', () => {
    for (const status of ASSESSMENT_STATUSES) {
      expect(CYCLE_PROGRESS_STATUSES).toContain(cycleProgressStatus({ status, answeredCount: 3 }));
    }
  });

  it('counts every state, zeros included, in reading order', () => {
    expect(cycleProgressCounts(['NOT_STARTED', 'VALIDATED', 'NOT_STARTED', 'RETURNED'])).toEqual([
      { status: 'NOT_STARTED', label: 'Not started', count: 2 },
      { status: 'IN_PROGRESS', label: 'In progress', count: 0 },
      { status: 'SUBMITTED', label: 'Submitted', count: 0 },
      { status: 'IN_REVIEW', label: 'In review', count: 0 },
      { status: 'VALIDATED', label: 'Validated', count: 1 },
      { status: 'RETURNED', label: 'Returned for changes', count: 1 },
    ]);
  });

  it('gives rows by ICS name and CSV rows in plain English, with the sign-off once closed', () => {
    const rows = cycleProgressRows(
      [
        { systemId: 'kent', systemName: 'Kent and Medway', regionName: 'South East', assessment: { status: 'DRAFT', answeredCount: 4, updatedOn: '2027-01-20' } },
        { systemId: 'devon', systemName: 'Devon', regionName: 'South West', assessment: null, signOff: 'NOT_ANSWERED' },
        { systemId: 'derby', systemName: 'Derby and Derbyshire', regionName: 'Midlands', assessment: { status: 'VALIDATED', answeredCount: 30, updatedOn: '2027-02-01' }, signOff: 'QUERIED' },
      ],
      30,
    );
    expect(rows.map((r) => r.systemName)).toEqual(['Derby and Derbyshire', 'Devon', 'Kent and Medway']);
    expect(CYCLE_PROGRESS_CSV_HEADERS).toEqual(['ICS', 'NHS England region', 'Progress', 'Criteria answered', 'Criteria in the canvas', 'Last changed', 'Figures checked']);
    expect(rows.map(cycleProgressCsvRow)).toEqual([
      ['Derby and Derbyshire', 'Midlands', 'Validated', 30, 30, '2027-02-01', 'Queried'],
      ['Devon', 'South West', 'Not started', 0, 30, '', 'Not answered'],
      ['Kent and Medway', 'South East', 'In progress', 4, 30, '2027-01-20', ''],
    ]);
    for (const row of rows.map(cycleProgressCsvRow)) {
      expect(row).toHaveLength(CYCLE_PROGRESS_CSV_HEADERS.length);
      for (const cell of row) expect(String(cell)).not.toMatch(/^[A-Z]+(_[A-Z]+)+$/);
    }
  });
});
