// The queue: the open cases of the caller's units, longest overdue first, with filters for state,
// overdue and category; overdue and supervised cases carry badges; each row opens the case.
import { t, when } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { model, modelNote, categoryName } from './model.js';
import { pager, PAGE } from './pager.js';
import { caseBadges } from './badges.js';

const STATES = ['DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
// kept while the page is open, so coming back to the queue (or switching language) keeps them
const filters = { state: '', overdue: false, category: '', offset: 0 };

function select(id, labelKey, options, value, onchange) {
  return el('div', {},
    el('label', { for: id, text: t(labelKey) }),
    el('select', { id, onchange: e => onchange(e.target.value) },
      options.map(([v, text]) => el('option', { value: v, selected: v === value, text }))));
}

function filterForm(m, reload) {
  const set = (key, value) => { filters[key] = value; filters.offset = 0; reload(); };
  return el('form', { class: 'filters', 'aria-label': t('staff.queue.filters'), onsubmit: e => e.preventDefault() },
    select('queue-state', 'case.state',
      [['', t('staff.queue.open')], ...STATES.map(s => [s.toLowerCase(), t(`state.${s}`)])],
      filters.state, v => set('state', v)),
    select('queue-category', 'case.category',
      [['', t('staff.queue.allCategories')], ...m.categories.map(c => [c.code, categoryName(m, c.code)])],
      filters.category, v => set('category', v)),
    el('label', { class: 'check' },
      el('input', { type: 'checkbox', id: 'queue-overdue', checked: filters.overdue, onchange: e => set('overdue', e.target.checked) }),
      t('staff.queue.overdueOnly')));
}

function caseRow(m, c) {
  return el('li', { dataset: { caseId: c.id } },
    el('div', { class: 'row' },
      el('a', { class: 'case grow', href: `#/case/${encodeURIComponent(c.id)}`, text: `${c.number} · ${categoryName(m, c.category)}` }),
      el('span', { class: 'badges' }, caseBadges(c))),
    el('p', { text: c.description }),
    el('p', { class: 'muted', text: [c.address || c.unit, `${t('case.due')} ${when(c.dueAt)}`].filter(Boolean).join(' · ') }));
}

export async function renderQueue(container, ctx) {
  const m = await model(ctx);
  const list = el('div', {}, el('p', { text: t('loading') }));
  const load = async () => {
    const q = new URLSearchParams({ limit: PAGE, offset: filters.offset });
    if (filters.state) q.set('state', filters.state);
    if (filters.overdue) q.set('overdue', 'true');
    if (filters.category) q.set('category', filters.category);
    try {
      const page = await ctx.api.get(`cases?${q}`);
      show(list,
        page.items.length
          ? el('ul', { class: 'list cases' }, page.items.map(c => caseRow(m, c)))
          : el('p', { class: 'muted', text: t('staff.queue.empty') }),
        pager(page.total, filters.offset, offset => { filters.offset = offset; load(); }));
    } catch (e) {
      notice(list, e.message);
    }
  };
  show(container, el('section', { class: 'card', 'aria-labelledby': 'queue-title' },
    el('h2', { id: 'queue-title', text: t('staff.queue.title') }),
    modelNote(m),
    filterForm(m, load),
    list));
  await load();
}
