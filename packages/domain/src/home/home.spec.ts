import { actionsDue, closesSoon, currentAssessment, daysFromTo, isCycleOpen, todayInEngland } from './home';

describe('todayInEngland', () => {
  it("is England's date, not the server's: after 23:00 UTC in summer it is already tomorrow", () => {
    expect(todayInEngland(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayInEngland(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});

describe('daysFromTo', () => {
  it('counts whole days, 0 on the day, negative once past, across a clock change', () => {
    expect(daysFromTo('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysFromTo('2026-03-31', '2026-03-31')).toBe(0);
    expect(daysFromTo('2026-04-02', '2026-03-31')).toBe(-2);
  });
});

describe('cycles', () => {
  const cycle = { opensOn: '2026-01-01', closesOn: '2026-03-31' };
  it('are open from their opening day to their closing day', () => {
    expect(isCycleOpen(cycle, '2025-12-31')).toBe(false);
    expect(isCycleOpen(cycle, '2026-01-01')).toBe(true);
    expect(isCycleOpen(cycle, '2026-03-31')).toBe(true);
    expect(isCycleOpen(cycle, '2026-04-01')).toBe(false);
  });
  it('close soon in their last 7 days, and not once closed', () => {
    expect(closesSoon(cycle, '2026-03-23')).toBe(false);
    expect(closesSoon(cycle, '2026-03-24')).toBe(true);
    expect(closesSoon(cycle, '2026-03-31')).toBe(true);
    expect(closesSoon(cycle, '2026-04-01')).toBe(false);
  });
});

describe('currentAssessment', () => {
  const a = (name: string, opensOn: string) => ({ name, cycle: { opensOn, closesOn: '2099-01-01' } });
  it('is the newest whose cycle has opened', () => {
    expect(currentAssessment([a('next year', '2027-01-01'), a('this year', '2026-01-01'), a('last year', '2025-01-01')], '2026-06-01')?.name).toBe(
      'this year',
    );
  });
  it('is the newest when none has opened yet, and null when there is none', () => {
    expect(currentAssessment([a('next year', '2027-01-01')], '2026-06-01')?.name).toBe('next year');
    expect(currentAssessment([], '2026-06-01')).toBeNull();
  });
});

describe('actionsDue', () => {
  const action = (id: string, dueOn: string | null, status = 'NOT_STARTED') => ({ id, dueOn, status });
  it('puts overdue actions apart, longest overdue first, and lists the next few due, soonest first', () => {
    const result = actionsDue(
      [
        action('later', '2026-09-01'),
        action('overdue-1', '2026-05-01'),
        action('done', '2026-05-02', 'DONE'),
        action('today', '2026-06-01', 'IN_PROGRESS'),
        action('undated', null),
        action('overdue-2', '2026-04-01'),
        action('soon', '2026-06-15'),
        action('much later', '2027-01-01'),
      ],
      '2026-06-01',
    );
    expect(result.overdue.map((a) => a.id)).toEqual(['overdue-2', 'overdue-1']);
    expect(result.next.map((a) => a.id)).toEqual(['today', 'soon', 'later']);
  });
});
