// The operator console: signing in to the operator realm (the development issuer's demo operator
// in quickstart, the realm's Keycloak with PKCE otherwise), then the tenants and the plugins of
// the installation (#/tenants, #/plugins).
import { loadText, t, switchLanguage, onLanguageChange } from '/assets/js/i18n.js';
import * as auth from '/assets/js/auth.js';
import { client } from '/assets/js/api.js';
import { el, show, notice } from '/assets/js/dom.js';
import { renderTenants } from '/operator/operator-tenants.js';
import { renderPlugins } from '/operator/operator-plugins.js';

const main = document.getElementById('main');
const VIEWS = { tenants: renderTenants, plugins: renderPlugins };

async function identity() {
  const response = await fetch('/api/operator/identity', { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title);
  return body;
}

function signInView(id) {
  const returnTo = `${location.origin}/operator/`;
  const action = id.development
    ? el('button', { type: 'button', dataset: { demoUser: 'operator' }, text: t('operator.signin.demo'), onclick: async () => {
      try {
        await auth.devSignIn(id, 'operator', 'operator');
        location.reload();
      } catch (e) {
        notice(main.querySelector('.problem'), e.message);
      }
    } })
    : el('button', { type: 'button', text: t('operator.signin.oidc'), onclick: () => auth.oidcSignIn(id, returnTo) });
  show(main, el('section', { class: 'card', 'aria-labelledby': 'signin-title' },
    el('h2', { id: 'signin-title', text: t('operator.signin') }),
    el('p', { text: t('operator.signin.intro') }),
    id.development ? el('p', { class: 'muted', text: t('signin.dev.note') }) : null,
    action,
    el('div', { class: 'problem' })));
}

function header(id) {
  const u = auth.user(id.realm);
  document.title = `${t('app.name')} · ${t('operator.title')}`;
  document.querySelector('header.bar .who').textContent = u ? u.name : '';
  document.querySelector('header.bar [data-action=signout]').hidden = !u;
  document.querySelector('nav.tabs').hidden = !u;
}

async function route(ctx) {
  const name = (location.hash.match(/^#\/(\w+)/) || [])[1];
  const view = VIEWS[name] ? name : 'tenants';
  document.querySelectorAll('nav.tabs a').forEach(a => {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  await VIEWS[view](main, ctx);
}

async function start() {
  await loadText('operator');
  let id;
  try {
    id = await identity();
    await auth.completeSignIn(id);
  } catch (e) {
    notice(main, e.message);
    return;
  }
  header(id);
  document.querySelector('header.bar [data-action=lang]').addEventListener('click', () => switchLanguage());
  document.querySelector('header.bar [data-action=signout]').addEventListener('click', () => {
    auth.signOut(id);
    location.reload();
  });
  const signedIn = () => auth.user(id.realm) !== null;
  const ctx = { api: client('/api/operator/', () => auth.token(id)) };
  const render = () => (signedIn() ? route(ctx) : signInView(id));
  onLanguageChange(() => {
    header(id);
    return render();
  });
  window.addEventListener('hashchange', render);
  await render();
}

start();
