import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';

/** One link in the primary navigation; `current` says whether it is this page or the section this page is in. */
export interface NavigationLink {
  readonly href: string;
  readonly label: string;
  readonly current: 'page' | 'section' | null;
}

export interface LayoutProps {
  /** Who is signed in, as the header shows them ("Alex Admin (Admin)"), or null when nobody is. */
  readonly accountLabel: string | null;
  readonly navigation: readonly NavigationLink[];
  /** The link to the signed-in person's notifications, beside their name ("Notifications (2)"), or null when nobody is. */
  readonly notifications?: NavigationLink | null;
  readonly signInHref: string;
  readonly onSignOut: () => void;
  readonly children: ReactNode;
}

/**
 * The NHS.UK page frame: skip link, header (service name, account, primary navigation), main content, footer.
 * It knows nothing of sign-in or roles: `app/` works those out and passes them in.
 */
export function Layout({ accountLabel, navigation, notifications = null, signInHref, onSignOut, children }: LayoutProps) {
  const signOut = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSignOut();
  };
  // nhsuk-frontend's header script measures the navigation once, and moves links that do not fit into a "More"
  // menu: when the set of links changes (signing in or out), start a fresh header rather than edit a moved list.
  const headerKey = `${accountLabel ?? ''}|${navigation.map((item) => item.href).join(' ')}`;

  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <Header key={headerKey} service={{ text: 'IDT Canvas', href: '/' }}>
        <Header.Account>
          {accountLabel
            ? [
                // Your account (/account): name, password, two-step sign-in and where you are signed in.
                <Header.AccountItem key="account" icon href="/account" asElement={Link} to="/account" data-testid="account-link">
                  <span className="nhsuk-u-visually-hidden">Your account: </span>
                  <span data-testid="signed-in-as">{accountLabel}</span>
                </Header.AccountItem>,
                ...(notifications
                  ? [
                      <Header.AccountItem
                        key="notifications"
                        href={notifications.href}
                        asElement={Link}
                        to={notifications.href}
                        aria-current={notifications.current === 'page' ? 'page' : undefined}
                        data-testid="notifications-link"
                      >
                        {notifications.label}
                      </Header.AccountItem>,
                    ]
                  : []),
                <Header.AccountItem key="sign-out" type="submit" formProps={{ onSubmit: signOut }}>
                  Sign out
                </Header.AccountItem>,
              ]
            : [
                <Header.AccountItem key="sign-in" href={signInHref} asElement={Link} to={signInHref}>
                  Sign in
                </Header.AccountItem>,
              ]}
        </Header.Account>
        <Header.Navigation aria-label="Primary navigation">
          {navigation.map((item) => (
            <Header.NavigationItem
              key={item.href}
              asElement={Link}
              to={item.href}
              current={item.current === 'page'}
              active={item.current === 'section'}
            >
              {item.label}
            </Header.NavigationItem>
          ))}
        </Header.Navigation>
      </Header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        <Footer.Meta>
          <Footer.Copyright>
            Inclusive Digital Transformation Canvas for England&apos;s Integrated Care Systems
          </Footer.Copyright>
        </Footer.Meta>
      </Footer>
    </>
  );
}
