/** Where the single sign-on button goes: the API's login route, told where to come back to (a path on this site). */
export function singleSignOnHref(url: string, returnTo: string): string {
  return `${url}?returnTo=${encodeURIComponent(returnTo)}`;
}

/** The error the API's single sign-on callback reports by sending the browser to `/sign-in?error=single-sign-on`. */
export function singleSignOnProblem(errorParam: string | null, providerName: string | undefined): string | null {
  if (errorParam !== 'single-sign-on') return null;
  const provider = providerName ?? 'your NHS account';
  return `We could not sign you in with ${provider}. Your account may not be set up for IDT Canvas yet: ask your admin to add you, using the email address on your NHS account.`;
}
