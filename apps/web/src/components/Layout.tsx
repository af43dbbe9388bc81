import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import type { ReactNode } from 'react';

/** The NHS.UK page frame: skip link, header with the service name, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <Header service={{ text: 'IDT Canvas', href: '/' }} />
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
