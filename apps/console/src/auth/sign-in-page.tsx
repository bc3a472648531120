import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { problemOf } from '../api/problem';
import { CheckboxField, TextField, valuesOf } from '../components/fields';
import { ProblemAlert } from '../components/problem-alert';
import { completeIdentityProviderSignIn, signInWithIdentityProvider, type OidcSettings } from './oidc';
import { ROLE_LABELS, ROLES, startSession } from './session';

type SignInConfig = { mode: 'development' } | ({ mode: 'oidc' } & OidcSettings);

async function signInConfig(): Promise<SignInConfig> {
  const response = await fetch('/auth/config').catch(() => undefined);
  if (!response?.ok) throw problemOf(undefined, response);
  // The console's own server answers this, from its configuration (server/console.config.ts).
  return (await response.json()) as SignInConfig;
}

function DevelopmentSignIn() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const values = valuesOf(event.currentTarget);
    const roles = ROLES.filter((role) => values.has(`role:${role}`));
    if (roles.length === 0) {
      setError('Kies minstens één rol.');
      return;
    }
    const response = await fetch('/auth/development-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ roles, name: values.get('name') || undefined }),
    });
    if (!response.ok) {
      setError(`Aanmelden lukte niet (${response.status}).`);
      return;
    }
    startSession(((await response.json()) as { token: string }).token);
    await navigate('/');
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Paragraph>Ontwikkelomgeving: kies de rollen waarmee u wilt werken.</Paragraph>
      <TextField name="name" label="Uw naam (optioneel)" />
      <Fieldset>
        <FieldsetLegend>Rollen</FieldsetLegend>
        {ROLES.map((role) => (
          <CheckboxField key={role} name={`role:${role}`} label={ROLE_LABELS[role]} />
        ))}
      </Fieldset>
      {error ? (
        <Paragraph role="alert" className="console-error">
          {error}
        </Paragraph>
      ) : null}
      <Button type="submit" appearance="primary-action-button">
        Aanmelden
      </Button>
    </form>
  );
}

export function SignInPage() {
  const config = useQuery({ queryKey: ['auth-config'], queryFn: signInConfig });
  const oidc = config.data?.mode === 'oidc' ? config.data : undefined;
  return (
    <>
      <Heading level={2}>Aanmelden</Heading>
      {config.isPending ? <Paragraph>Laden…</Paragraph> : null}
      <ProblemAlert problem={config.error} />
      {config.data?.mode === 'development' ? <DevelopmentSignIn /> : null}
      {oidc ? (
        <Button appearance="primary-action-button" onClick={() => void signInWithIdentityProvider(oidc)}>
          Aanmelden met uw organisatieaccount
        </Button>
      ) : null}
    </>
  );
}

/** Where the identity provider returns to: finishes the code flow and goes to the start page. */
export function SignInCallbackPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    signInConfig()
      .then(async (config) => {
        if (config.mode !== 'oidc') throw new Error('deze omgeving gebruikt geen identity provider');
        startSession(await completeIdentityProviderSignIn(config));
        await navigate('/');
      })
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }, [navigate]);
  return <Paragraph role={error ? 'alert' : 'status'}>{error ?? 'Bezig met aanmelden…'}</Paragraph>;
}
