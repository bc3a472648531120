import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { OIDC_CALLBACK_PATH } from './auth/oidc';
import { holdsAny, useSession } from './auth/session';
import { SignInCallbackPage, SignInPage } from './auth/sign-in-page';
import { ProblemError } from './api/problem';
import { AREAS } from './shell/areas';
import { Shell } from './shell/shell';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; a lost connection might.
        retry: (failures, error) =>
          !(error instanceof ProblemError && error.problem.status < 500) && failures < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
}

function StartPage() {
  const session = useSession();
  const areas = AREAS.filter((area) => holdsAny(session, area.roles));
  return (
    <>
      <Heading level={2}>Welkom</Heading>
      {areas.length === 0 ? (
        <Paragraph>Uw rollen geven toegang tot geen van de onderdelen van deze console.</Paragraph>
      ) : (
        <ul>
          {areas.map((area) => (
            <li key={area.path}>
              <Link to={`/${area.path}`}>{area.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Moves focus to the page's main content after each navigation, so keyboard and screen-reader users follow it. */
function FocusOnNavigation() {
  const location = useLocation();
  useEffect(() => {
    document.getElementById('inhoud')?.focus({ preventScroll: true });
  }, [location.pathname]);
  return null;
}

function Routed() {
  const session = useSession();
  if (!session) {
    return (
      <Routes>
        <Route path="/aanmelden" element={<SignInPage />} />
        <Route path={OIDC_CALLBACK_PATH} element={<SignInCallbackPage />} />
        <Route path="*" element={<Navigate to="/aanmelden" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/" element={<StartPage />} />
      {AREAS.filter((area) => holdsAny(session, area.roles)).map(({ path, Component }) => (
        <Route key={path} path={`/${path}/*`} element={<Component />} />
      ))}
      <Route path="/aanmelden" element={<Navigate to="/" replace />} />
      <Route
        path="*"
        element={
          <>
            <Heading level={2}>Pagina niet gevonden</Heading>
            <Paragraph>
              Deze pagina bestaat niet of uw rollen geven er geen toegang toe.{' '}
              <Link to="/">Naar de start</Link>
            </Paragraph>
          </>
        }
      />
    </Routes>
  );
}

export function App() {
  // One cache for the app's lifetime, however often React renders this component.
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <FocusOnNavigation />
        <Shell>
          <Suspense fallback={<Paragraph role="status">Laden…</Paragraph>}>
            <Routed />
          </Suspense>
        </Shell>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
