import {
  Button,
  Heading,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { endSession, holdsAny, ROLE_LABELS, useSession } from '../auth/session';
import { AREAS } from './areas';

/** The frame of every page: a skip link, the header with who is signed in, the navigation and the main landmark. */
export function Shell({ children }: { children: ReactNode }) {
  const session = useSession();
  const areas = AREAS.filter((area) => holdsAny(session, area.roles));
  return (
    <Page>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader>
        <div className="console-header">
          <Heading level={1} appearance="utrecht-heading-4">
            Ontwikkelkracht
          </Heading>
          {session ? (
            <div className="console-user">
              <Paragraph>
                Aangemeld als {session.name ?? session.subject} (
                {session.roles.map((role) => ROLE_LABELS[role]).join(', ')})
              </Paragraph>
              <Button appearance="secondary-action-button" onClick={endSession}>
                Afmelden
              </Button>
            </div>
          ) : null}
        </div>
        {areas.length > 0 ? (
          <nav aria-label="Hoofdmenu" className="console-nav">
            {areas.map((area) => (
              <div key={area.path} className="console-nav__area">
                <span className="console-nav__title">{area.title}</span>
                <ul>
                  {area.links
                    .filter((link) => holdsAny(session, link.roles ?? area.roles))
                    .map((link) => (
                      <li key={link.to}>
                        <NavLink to={link.to} end className="console-nav__link">
                          {link.label}
                        </NavLink>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </nav>
        ) : null}
      </PageHeader>
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="console-main">
          {children}
        </main>
      </PageContent>
      <PageFooter>
        <Paragraph>Ontwikkelkracht: loket en monitoring</Paragraph>
      </PageFooter>
    </Page>
  );
}
