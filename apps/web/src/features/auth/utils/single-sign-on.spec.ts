import { singleSignOnHref, singleSignOnProblem } from './single-sign-on';

describe('single sign-on on the sign-in page', () => {
  it('sends the browser to the API login route with where to come back to', () => {
    expect(singleSignOnHref('/auth/oidc/login', '/admin/users?page=2')).toBe('/auth/oidc/login?returnTo=%2Fadmin%2Fusers%3Fpage%3D2');
  });

  it('explains a failed single sign-on, naming the provider', () => {
    expect(singleSignOnProblem('single-sign-on', 'NHS CIS2')).toMatch(/^We could not sign you in with NHS CIS2\./);
    expect(singleSignOnProblem('single-sign-on', undefined)).toMatch(/with your NHS account\./);
    expect(singleSignOnProblem(null, 'NHS CIS2')).toBeNull();
    expect(singleSignOnProblem('other', 'NHS CIS2')).toBeNull();
  });
});
