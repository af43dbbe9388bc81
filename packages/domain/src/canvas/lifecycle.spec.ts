import { frameworkLifecycle, FrameworkVersionFacts } from './lifecycle';

const v = (version: number, status: 'DRAFT' | 'PUBLISHED', key = 'idt-canvas'): FrameworkVersionFacts => ({ key, version, status });

describe('frameworkLifecycle', () => {
  it('says a draft is a draft, whatever else there is', () => {
    expect(frameworkLifecycle(v(3, 'DRAFT'), [v(1, 'PUBLISHED'), v(2, 'PUBLISHED'), v(3, 'DRAFT')])).toBe('DRAFT');
  });

  it('says the only published version is published', () => {
    expect(frameworkLifecycle(v(1, 'PUBLISHED'), [v(1, 'PUBLISHED')])).toBe('PUBLISHED');
  });

  it('retires a published version once a newer one is published', () => {
    const versions = [v(1, 'PUBLISHED'), v(2, 'PUBLISHED')];
    expect(frameworkLifecycle(v(1, 'PUBLISHED'), versions)).toBe('RETIRED');
    expect(frameworkLifecycle(v(2, 'PUBLISHED'), versions)).toBe('PUBLISHED');
  });

  it('does not retire a published version for a newer draft', () => {
    expect(frameworkLifecycle(v(1, 'PUBLISHED'), [v(1, 'PUBLISHED'), v(2, 'DRAFT')])).toBe('PUBLISHED');
  });

  it('compares versions of the same canvas only', () => {
    expect(frameworkLifecycle(v(1, 'PUBLISHED'), [v(1, 'PUBLISHED'), v(5, 'PUBLISHED', 'another-canvas')])).toBe('PUBLISHED');
  });
});
