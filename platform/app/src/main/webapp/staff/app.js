// The staff workbench: signing in, the tabs and the hash routes (#/queue, #/case/{id}, the
// registers, #/dashboard). Each view renders into a fresh container, so a slow answer for a view
// the user has left lands in a detached element; a language switch renders the current view again.
import { startTenantPage } from '/assets/js/shell.js';
import { t, onLanguageChange } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { STAFF_ROLES, hasAny } from './roles.js';
import { renderQueue } from './queue.js';
import { renderCase } from './case.js';
import { renderRegister, REGISTERS } from './registers.js';

const TABS = [
  { view: 'queue', render: (c, ctx) => renderQueue(c, ctx) },
  ...Object.entries(REGISTERS).map(([view, register]) => ({
    view, roles: register.roles, render: (c, ctx) => renderRegister(c, ctx, view),
  })),
  { view: 'dashboard', render: (c, ctx) => renderDashboard(c, ctx) },
];

const ctx = await startTenantPage('staff', 'staff.title');
const main = document.querySelector('main');
const nav = document.querySelector('nav.tabs');

function route() {
  const m = location.hash.match(/^#\/([a-z]+)(?:\/(.+))?$/);
  return { view: m ? m[1] : 'queue', arg: m && m[2] ? decodeURIComponent(m[2]) : null };
}

function tabsFor(user) {
  return TABS.filter(tab => !tab.roles || hasAny(user, tab.roles));
}

function renderNav(user, current) {
  nav.hidden = false;
  show(nav, tabsFor(user).map(tab => el('a', {
    href: `#/${tab.view}`,
    'aria-current': tab.view === current ? 'page' : null,
    text: t(`staff.tab.${tab.view}`),
  })));
}

/** The dashboard is its own module (another team's); a page without it still works. */
async function renderDashboard(container, context) {
  try {
    const m = await import('./dashboard.js');
    await m.renderDashboard(container, context);
  } catch (e) {
    notice(container, t('staff.dashboard.failed', e.message));
  }
}

async function render() {
  const user = ctx.user();
  if (!hasAny(user, STAFF_ROLES)) {
    nav.hidden = true;
    ctx.signInView(main, STAFF_ROLES, t(user ? 'staff.signin.notStaff' : 'staff.signin.intro'));
    return;
  }
  const { view, arg } = route();
  const tab = view === 'case' ? null : tabsFor(user).find(x => x.view === view);
  renderNav(user, view === 'case' ? 'queue' : tab?.view);
  document.title = `${t(`staff.tab.${view}`)} · ${t('staff.title')}`;
  if (view === 'dashboard') {
    show(main, el('p', { text: t('loading') }));
    await tab.render(main, ctx);
    return;
  }
  const container = el('div', {}, el('p', { text: t('loading') }));
  show(main, container);
  try {
    if (view === 'case' && arg) await renderCase(container, ctx, arg);
    else if (tab) await tab.render(container, ctx);
    else notice(container, t('staff.notFound'));
  } catch (e) {
    notice(container, e.message);
  }
}

window.addEventListener('hashchange', () => {
  render();
  main.focus({ preventScroll: true });
});
onLanguageChange(render);
await render();
