// The frame every tenant page shares: the tenant from the address, its branding, the page's text,
// the header (logo, name, who is signed in, language switch, sign out) and signing in.
// Pages: <header class="bar"> with img[data-tenant-logo], h1[data-tenant-name], .who,
// button[data-action=lang] and button[data-action=signout]; then call startTenantPage().
import { loadText, t, switchLanguage, onLanguageChange } from './i18n.js';
import { resolveTenant, brand } from './tenant.js';
import * as auth from './auth.js';
import { client } from './api.js';
import { el, show, notice } from './dom.js';

export async function startTenantPage(page, titleKey) {
  await loadText(page);
  let profile;
  try {
    profile = await resolveTenant();
  } catch (e) {
    notice(document.querySelector('main'), e.message);
    throw e;
  }
  try {
    await auth.completeSignIn(profile.identity);
  } catch (e) {
    // outside <main>, which the page's view is about to fill
    document.querySelector('main').before(el('p', { class: 'notice error', role: 'alert', text: `${t('signin.failed')} ${e.message}` }));
  }
  const api = client(`/api/t/${profile.id}/`, () => auth.token(profile.identity));
  const ctx = {
    profile,
    api,
    user: () => auth.user(profile.identity.realm),
    signOut: () => auth.signOut(profile.identity),
    signInView: (container, roles, intro) => signInView(container, profile, roles, intro),
  };
  const header = () => {
    brand(profile, t(titleKey));
    const who = document.querySelector('header.bar .who');
    const u = ctx.user();
    if (who) who.textContent = u ? `${u.name}` : '';
    const out = document.querySelector('header.bar [data-action=signout]');
    if (out) out.hidden = !u;
  };
  header();
  document.querySelector('header.bar [data-action=lang]')?.addEventListener('click', () => switchLanguage());
  document.querySelector('header.bar [data-action=signout]')?.addEventListener('click', () => {
    ctx.signOut();
    location.reload();
  });
  onLanguageChange(header);
  ctx.refreshHeader = header;
  return ctx;
}

/** Sign-in: the demo users of the development issuer (quickstart), or the realm's sign-in page. */
function signInView(container, profile, roles, intro) {
  const returnTo = location.origin + location.pathname;
  if (profile.identity.development) {
    show(container, el('section', { class: 'card', 'aria-labelledby': 'signin-title' },
      el('h2', { id: 'signin-title', text: t('signin.as') }),
      intro ? el('p', { text: intro }) : null,
      el('p', { class: 'muted', text: t('signin.dev.note') }),
      el('div', { class: 'row' }, roles.map(role => el('button', {
        type: 'button',
        class: 'secondary',
        dataset: { demoUser: role },
        text: t(`role.${role}`),
        onclick: async () => {
          try {
            await auth.devSignIn(profile.identity, profile.id, role);
            location.reload();
          } catch (e) {
            notice(container, e.message);
          }
        },
      })))));
  } else {
    show(container, el('section', { class: 'card' },
      el('h2', { text: t('signin') }),
      intro ? el('p', { text: intro }) : null,
      el('button', { type: 'button', text: t('signin.oidc'), onclick: () => auth.oidcSignIn(profile.identity, returnTo) })));
  }
}
