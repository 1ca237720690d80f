// Signing in. Production: the tenant's Keycloak realm, authorization code with PKCE (S256) from
// the browser, no secret. Quickstart: the development issuer's demo users (POST /dev/token), no
// password. A session (access token, refresh token, expiry) is kept per realm in localStorage so
// an installed portal on a phone stays signed in between visits; signing out forgets it.

const key = realm => `gongzhi.session.${realm}`;
const PENDING = 'gongzhi.pkce';

function decode(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part + '==='.slice((part.length + 3) % 4)), c => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function save(realm, tokens) {
  const claims = decode(tokens.access_token);
  const s = {
    token: tokens.access_token,
    refresh: tokens.refresh_token || null,
    expires: claims.exp * 1000,
  };
  localStorage.setItem(key(realm), JSON.stringify(s));
  return s;
}

function load(realm) {
  try {
    return JSON.parse(localStorage.getItem(key(realm)));
  } catch {
    return null;
  }
}

/** Who is signed in: subject, name, user name and realm roles; null when nobody is. */
export function user(realm) {
  const s = load(realm);
  if (!s || (s.expires < Date.now() && !s.refresh)) return null;
  const c = decode(s.token);
  return {
    subject: c.sub,
    name: c.name || c.preferred_username || c.sub,
    username: c.preferred_username,
    roles: (c.realm_access && c.realm_access.roles) || [],
  };
}

/** A valid access token (refreshed when it is about to run out), or null. */
export async function token(identity) {
  const s = load(identity.realm);
  if (!s) return null;
  if (s.expires - Date.now() > 30_000) return s.token;
  if (!s.refresh || identity.development) {
    localStorage.removeItem(key(identity.realm));
    return null;
  }
  const response = await fetch(`${identity.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: s.refresh, client_id: identity.client }),
  });
  if (!response.ok) {
    localStorage.removeItem(key(identity.realm));
    return null;
  }
  return save(identity.realm, await response.json()).token;
}

/** The development issuer: signs in a demo user of a tenant ("resident", "grid-worker"…) or the operator. */
export async function devSignIn(identity, realmParam, username) {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ realm: realmParam, user: username }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title);
  save(identity.realm, body);
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the browser to the realm's sign-in page; it comes back to returnTo with a code. */
export async function oidcSignIn(identity, returnTo) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo, hash: location.hash, realm: identity.realm }));
  const q = new URLSearchParams({
    client_id: identity.client,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: returnTo,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ui_locales: localStorage.getItem('gongzhi.lang') === 'en' ? 'en' : 'zh-CN',
  });
  location.assign(`${identity.issuer}/protocol/openid-connect/auth?${q}`);
}

/** On return from the sign-in page: trades the code for tokens. True when a sign-in completed. */
export async function completeSignIn(identity) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!code || !pending || pending.state !== params.get('state') || pending.realm !== identity.realm) return false;
  sessionStorage.removeItem(PENDING);
  const response = await fetch(`${identity.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.returnTo,
      client_id: identity.client,
      code_verifier: pending.verifier,
    }),
  });
  // the view the reader signed in from (the realm's redirect carries no fragment)
  history.replaceState(null, '', pending.returnTo + (pending.hash || ''));
  if (!response.ok) throw new Error(`sign-in: HTTP ${response.status}`);
  save(identity.realm, await response.json());
  return true;
}

export function signOut(identity) {
  localStorage.removeItem(key(identity.realm));
}
