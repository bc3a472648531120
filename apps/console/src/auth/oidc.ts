// Sign-in with the identity provider: OpenID Connect authorization code flow with PKCE (oidc-client-ts makes the
// code verifier and challenge, and checks state). The access token it returns is what the services verify (RS256,
// JWT_JWKS_URL); its `roles` claim drives the navigation.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
}

/** The path the identity provider sends the browser back to with the authorization code. */
export const OIDC_CALLBACK_PATH = '/aanmelden/terug';

function userManager(settings: OidcSettings): UserManager {
  return new UserManager({
    authority: settings.issuer,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${OIDC_CALLBACK_PATH}`,
    post_logout_redirect_uri: window.location.origin,
    response_type: 'code',
    scope: settings.scope,
    // Tokens stay in this tab only.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the identity provider's sign-in page. */
export function signInWithIdentityProvider(settings: OidcSettings): Promise<void> {
  return userManager(settings).signinRedirect();
}

/** Completes the flow on the callback page: exchanges the code (with the PKCE verifier) for the access token. */
export async function completeIdentityProviderSignIn(settings: OidcSettings): Promise<string> {
  const user = await userManager(settings).signinRedirectCallback();
  return user.access_token;
}
