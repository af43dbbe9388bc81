import { currentState, navigationFor, needsCohortCount, notificationsLinkText, reviewsAllowed } from './navigation';

const labels = (roles: Parameters<typeof navigationFor>[0], count: number | null = null) =>
  navigationFor(roles, count).map((item) => item.label);

describe('navigationFor', () => {
  it('gives everyone the ICSs, signed in or not', () => {
    expect(labels([])).toEqual(['ICSs']);
  });

  it('gives admins the ICSs, cohorts and users', () => {
    expect(labels(['ADMIN'])).toEqual(['ICSs', 'Landscape', 'Cohorts', 'Reviews', 'Cycles', 'Users']);
    expect(navigationFor(['ADMIN'], null).map((i) => i.href)).toEqual(['/systems', '/landscape', '/cohorts', '/reviews', '/admin/cycles', '/admin/users']);
  });

  it('gives national viewers the ICSs, the landscape and cohorts', () => {
    expect(labels(['NATIONAL'])).toEqual(['ICSs', 'Landscape', 'Cohorts']);
  });

  it('gives coaches and ICS leads "Cohorts" only when they can see one', () => {
    expect(labels(['COACH'], 1)).toEqual(['ICSs', 'Landscape', 'Cohorts', 'Reviews']);
    expect(labels(['COACH'], 0)).toEqual(['ICSs', 'Landscape', 'Reviews']);
    expect(labels(['ICS_LEAD'], 2)).toEqual(['ICSs', 'Landscape', 'Your assessment', 'Cohorts']);
    expect(labels(['ICS_LEAD'], 0)).toEqual(['ICSs', 'Landscape', 'Your assessment']);
    expect(labels(['ICS_LEAD'], null)).toEqual(['ICSs', 'Landscape', 'Your assessment']);
  });

  it('gives ICS leads, and only them, their assessment', () => {
    expect(navigationFor(['ICS_LEAD'], 0).find((i) => i.label === 'Your assessment')?.href).toBe('/assessments');
    for (const role of ['ADMIN', 'NATIONAL', 'COACH'] as const) {
      expect(labels([role], 1)).not.toContain('Your assessment');
    }
  });

  it('goes by the widest of several roles', () => {
    expect(labels(['ICS_LEAD', 'ADMIN'], 0)).toEqual(['ICSs', 'Landscape', 'Your assessment', 'Cohorts', 'Reviews', 'Cycles', 'Users']);
  });

  it('gives every signed-in role the landscape, and nobody signed out', () => {
    for (const role of ['ADMIN', 'NATIONAL', 'COACH', 'ICS_LEAD'] as const) {
      expect(navigationFor([role], 0).find((i) => i.label === 'Landscape')?.href).toBe('/landscape');
    }
    expect(labels([])).not.toContain('Landscape');
  });
});

describe('reviews', () => {
  it('are for coaches and admins, and no one else', () => {
    expect(navigationFor(['COACH'], 0).find((i) => i.label === 'Reviews')?.href).toBe('/reviews');
    expect(reviewsAllowed(['COACH'])).toBe(true);
    expect(reviewsAllowed(['ADMIN'])).toBe(true);
    expect(reviewsAllowed(['ICS_LEAD', 'COACH'])).toBe(true);
    for (const role of ['NATIONAL', 'ICS_LEAD'] as const) {
      expect(reviewsAllowed([role])).toBe(false);
      expect(labels([role], 1)).not.toContain('Reviews');
    }
    expect(reviewsAllowed([])).toBe(false);
  });
});

describe('notificationsLinkText', () => {
  it('says how many are unread, only when some are', () => {
    expect(notificationsLinkText(2)).toBe('Notifications (2)');
    expect(notificationsLinkText(1)).toBe('Notifications (1)');
    expect(notificationsLinkText(0)).toBe('Notifications');
    expect(notificationsLinkText(null)).toBe('Notifications');
    expect(notificationsLinkText(undefined)).toBe('Notifications');
  });
});

describe('needsCohortCount', () => {
  it('asks only for coaches and ICS leads who do not see every cohort anyway', () => {
    expect(needsCohortCount(['ICS_LEAD'])).toBe(true);
    expect(needsCohortCount(['COACH'])).toBe(true);
    expect(needsCohortCount(['COACH', 'NATIONAL'])).toBe(false);
    expect(needsCohortCount(['ADMIN'])).toBe(false);
    expect(needsCohortCount([])).toBe(false);
  });
});

describe('currentState', () => {
  it('marks the page itself', () => {
    expect(currentState('/', '/')).toBe('page');
    expect(currentState('/cohorts', '/cohorts')).toBe('page');
    expect(currentState('/cohorts', '/cohorts/')).toBe('page');
  });

  it('marks the section of a page below it', () => {
    expect(currentState('/cohorts', '/cohorts/0b4c')).toBe('section');
    expect(currentState('/admin/users', '/admin/users/0b4c')).toBe('section');
  });

  it('does not mark the home page as the section of everything, or a mere prefix', () => {
    expect(currentState('/', '/cohorts')).toBeNull();
    expect(currentState('/cohorts', '/cohorts-archive')).toBeNull();
    expect(currentState('/admin/users', '/sign-in')).toBeNull();
  });
});
