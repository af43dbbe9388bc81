import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import { useEffect, useLayoutEffect, useRef, type FormEvent, type MutableRefObject, type ReactNode } from 'react';
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

  const focusLeft = useRef<HeaderFocus | null>(null);

  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <HeaderFrame key={headerKey} focusLeft={focusLeft}>
        <Header service={{ text: 'IDT Canvas', href: '/' }}>
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
      </HeaderFrame>
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

/** Which control of the header had keyboard focus: a link by where it goes, a button by its words. */
interface HeaderFocus {
  readonly href: string | null;
  readonly text: string;
}

/**
 * One header, started afresh when its links change (see `Layout`), that keeps keyboard focus where a person put it.
 *
 * - When it starts afresh while someone using a keyboard is in it (their name and links arrive as they press Tab),
 *   they stay where they were: the same link or button in the new header, or its first link if that one is gone.
 * - When Escape closes its "More" menu (on a narrow screen), focus goes back to "More".
 * Either way, rather than back at the top of the page.
 */
function HeaderFrame({ focusLeft, children }: { focusLeft: MutableRefObject<HeaderFocus | null>; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = frame.current;
    const left = focusLeft.current;
    focusLeft.current = null;
    if (element && left && (document.activeElement === null || document.activeElement === document.body)) {
      const controls = [...element.querySelectorAll<HTMLElement>('a[href], button')];
      const same = controls.find((c) => (left.href !== null ? c.getAttribute('href') === left.href : c.textContent?.trim() === left.text));
      (same ?? controls[0])?.focus();
    }
    // Runs as this header is taken away, before its elements leave the page: remember where focus was in it.
    return () => {
      const active = document.activeElement;
      if (element && active instanceof HTMLElement && element.contains(active)) {
        focusLeft.current = { href: active.getAttribute('href'), text: active.textContent?.trim() ?? '' };
      }
    };
  }, [focusLeft]);
  useEffect(() => {
    // nhsuk-frontend closes the header's "More" menu on Escape by hiding the list that has focus: put focus back on
    // "More", where the menu was opened, rather than let it fall to the top of the page.
    const element = frame.current;
    const backToMore = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
      const toggle = event.target.closest('.nhsuk-header__menu')?.querySelector<HTMLButtonElement>('.nhsuk-header__menu-toggle');
      if (toggle && toggle !== event.target) toggle.focus();
    };
    element?.addEventListener('keydown', backToMore);
    return () => element?.removeEventListener('keydown', backToMore);
  }, []);
  return <div ref={frame}>{children}</div>;
}
