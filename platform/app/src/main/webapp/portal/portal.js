// The citizens' portal of one tenant: report a problem (随手拍), follow one's cases, rate them,
// read the public notices. Mobile first; installable; reports survive a lost network (drafts.js).
import { startTenantPage } from '/assets/js/shell.js';
import { t, onLanguageChange } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import * as drafts from './drafts.js';
import { renderReport } from './report.js';
import { renderMine, renderCase } from './cases.js';
import { renderNotices } from './notices.js';

const main = document.getElementById('main');
const ctx = await startTenantPage('portal', 'portal.title');
const { profile } = ctx;

document.head.append(
  el('link', { rel: 'manifest', href: `/api/t/${profile.id}/manifest.webmanifest${profile.root === '/' ? '?root=/' : ''}` }),
  el('link', { rel: 'icon', href: profile.branding.logo || 'data:,' }));
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(`${profile.root}sw.js`, { scope: profile.root }).catch(() => {});
}

ctx.model = await ctx.api.get('model').catch(() => null);
ctx.go = hash => { location.hash = hash; };
ctx.refreshDrafts = renderDrafts;

async function renderDrafts() {
  const box = document.getElementById('drafts');
  const waiting = await drafts.list(profile.id);
  if (waiting.length === 0) {
    show(box);
    return;
  }
  show(box, el('div', { class: 'notice info', dataset: { drafts: waiting.length } },
    el('span', { text: t('portal.drafts.waiting', waiting.length) }), ' ',
    ...waiting.filter(d => d.error).map(d => el('span', { class: 'muted' }, ` ${t('portal.drafts.refused', d.error)} `,
      el('button', {
        type: 'button', class: 'secondary', text: t('portal.drafts.discard'),
        onclick: async () => { await drafts.remove(d.key); await renderDrafts(); },
      }))),
    ' ',
    el('button', { type: 'button', class: 'secondary', text: t('portal.drafts.send'), onclick: () => sendDrafts(true) })));
}

async function sendDrafts(retryRefused = false) {
  if (!ctx.user()) {
    await renderDrafts();
    return;
  }
  await drafts.sendAll(ctx.api, profile.id, async () => {
    await renderDrafts();
    if (location.hash.startsWith('#/mine')) await route();
  }, retryRefused === true);
}

function renderHome(view) {
  const u = ctx.user();
  show(view,
    el('section', { class: 'card hero' },
      el('h2', { text: t('portal.home.welcome') }),
      el('p', { class: 'muted', text: t('portal.home.intro') }),
      el('a', { class: 'button', href: '#/report', text: t('portal.home.report') })),
    el('section', { class: 'card' },
      el('h2', { text: t('portal.home.what') }),
      el('ul', {},
        el('li', {}, el('a', { href: '#/mine', text: t('portal.nav.mine') }), ' · ', t('portal.home.mine')),
        el('li', {}, el('a', { href: '#/notices', text: t('portal.nav.notices') }), ' · ', t('portal.home.notices')))),
    u ? null : el('section', { class: 'card' }, el('p', { text: t('portal.home.signin') }),
      el('a', { class: 'button secondary', href: '#/signin', text: t('signin') })));
}

// Each view renders into its own container: a slow view that finishes after the reader moved on
// fills a container no longer on the page.
const ROUTES = [
  [/^#?\/?$/, view => renderHome(view)],
  [/^#\/report$/, view => renderReport(view, ctx)],
  [/^#\/mine$/, view => renderMine(view, ctx)],
  [/^#\/case\/([\w-]+)$/, (view, id) => renderCase(view, ctx, id)],
  [/^#\/notices$/, view => renderNotices(view, ctx)],
  [/^#\/signin$/, view => ctx.signInView(view, ['resident', 'grid-worker'], t('portal.signin.intro'))],
];

async function route() {
  const hash = location.hash || '#/';
  document.querySelectorAll('nav.tabs a').forEach(a => {
    const current = hash === a.getAttribute('href') || (a.dataset.route === 'mine' && hash.startsWith('#/case/'));
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const view = el('div', { class: 'view' });
  main.replaceChildren(view);
  for (const [pattern, render] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      try {
        await render(view, ...m.slice(1));
      } catch (e) {
        notice(view, e.message);
      }
      return;
    }
  }
  renderHome(view);
}

window.addEventListener('hashchange', route);
window.addEventListener('online', sendDrafts);
onLanguageChange(async () => { await renderDrafts(); await route(); });
setInterval(sendDrafts, 15_000);
await route();
await renderDrafts();
sendDrafts();
