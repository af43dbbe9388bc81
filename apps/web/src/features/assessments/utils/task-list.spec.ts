import { taskListRows } from './task-list';

const domains = [
  { key: 'leadership', number: 1, title: 'Leadership', criteria: [{}, {}] },
  { key: 'access', number: 2, title: 'Access', criteria: [{}] },
];
const href = (key: string) => `/somewhere/${key}`;

describe('taskListRows', () => {
  it('names and links each domain, with how far it is answered (none, before any progress)', () => {
    const { tasks } = taskListRows(domains, [{ domainKey: 'leadership', answered: 1, total: 2, status: 'IN_PROGRESS' }], href, '/check');
    expect(tasks).toEqual([
      { key: 'leadership', label: '1. Leadership', href: '/somewhere/leadership', hint: '1 of 2 criteria answered', status: 'IN_PROGRESS' },
      { key: 'access', label: '2. Access', href: '/somewhere/access', hint: '0 of 1 criteria answered', status: 'NOT_STARTED' },
    ]);
  });

  it('opens "Check your answers" once every domain is complete, and never where there is nothing to check (a preview)', () => {
    const done = [
      { domainKey: 'leadership', answered: 2, total: 2, status: 'COMPLETED' as const },
      { domainKey: 'access', answered: 1, total: 1, status: 'COMPLETED' as const },
    ];
    expect(taskListRows(domains, done, href, '/check').checkHref).toBe('/check');
    expect(taskListRows(domains, done.slice(0, 1), href, '/check').checkHref).toBeNull();
    expect(taskListRows(domains, done, href, null).checkHref).toBeNull();
  });
});
