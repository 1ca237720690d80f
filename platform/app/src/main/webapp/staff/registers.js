// The registers: units, residents (masked; unmasking one is audited), organisations, facilities
// (with the facility standard's compliance) and the duty lists. Each is a filtered, paged table
// that scrolls sideways inside .table-wrap, with export and import where the caller's role allows.
import { t, pick } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { STAFF_ROLES, hasAny } from './roles.js';
import { model, modelNote, levelName, bodyName } from './model.js';
import { pager, PAGE } from './pager.js';
import { labelOr } from './labels.js';
import { importCard, exportButtons } from './imports.js';

const KEEPERS = ['district-admin', 'street-staff', 'community-staff'];
const REGISTRARS = ['district-admin', 'community-staff', 'grid-worker'];
const READERS = ['district-admin', 'command-centre', 'street-staff', 'community-staff'];
const DUTY_LISTS = ['OWN', 'ASSISTED', 'NEGATIVE'];

const col = (key, value, wrap = false) => ({ key, value, wrap });
const area = v => (v == null ? '' : `${v} m²`);

export const REGISTERS = {
  units: {
    roles: STAFF_ROLES, paged: true, filters: ['q', 'under', 'level'], importers: ['district-admin'], exporters: STAFF_ROLES,
    columns: [
      col('staff.units.name', u => pick({ zh: u.nameZh, en: u.nameEn })),
      col('staff.units.level', (u, m) => levelName(m, u.level)),
      col('staff.units.path', u => u.path),
      col('staff.units.validFrom', u => u.validFrom),
    ],
  },
  residents: {
    roles: STAFF_ROLES, paged: true, filters: ['q', 'under'], importers: REGISTRARS, exporters: STAFF_ROLES,
    note: 'staff.residents.masked',
    columns: [
      col('staff.residents.name', r => r.name),
      col('staff.residents.idNumber', r => r.idNumber),
      col('staff.residents.phone', r => r.phone),
      col('staff.residents.address', r => r.address, true),
      col('staff.residents.household', r => r.household),
      col('staff.residents.unit', r => r.unit),
      col('staff.residents.care', r => (r.care || []).map(c => labelOr(`staff.care.${c}`, c)).join(', ')),
      col('staff.residents.age', r => r.age),
    ],
    rowAction: { roles: REGISTRARS, render: unmaskButton },
  },
  organisations: {
    roles: STAFF_ROLES, paged: true, filters: ['under'], importers: KEEPERS, exporters: STAFF_ROLES,
    columns: [
      col('staff.organisations.name', o => o.name, true),
      col('staff.organisations.kind', (o, m) => labelOr(`staff.orgKind.${o.kind}`, bodyName(m, o.kind))),
      col('staff.organisations.unit', o => o.unit),
    ],
  },
  facilities: {
    roles: READERS, paged: false, filters: ['under'], importers: KEEPERS, exporters: READERS,
    columns: [
      col('staff.facilities.name', f => f.name, true),
      col('staff.facilities.unit', f => f.unit),
      col('staff.facilities.office', f => area(f.office)),
      col('staff.facilities.activity', f => area(f.activity)),
      col('staff.facilities.households', f => f.households),
      col('staff.facilities.owner', f => f.owner),
    ],
    extra: complianceCard,
  },
  duties: {
    roles: STAFF_ROLES, paged: false, filters: ['list'], importers: [], exporters: [],
    columns: [
      col('staff.duties.list', d => t(`staff.duties.list.${d.list}`)),
      col('staff.duties.title', d => d.title, true),
      col('staff.duties.basis', d => d.basis, true),
      col('staff.duties.department', d => d.department),
      col('staff.duties.funding', d => d.funding),
    ],
  },
};

// each register's filters and page, kept while the page is open
const states = {};

function unmaskButton(ctx, resident, row, register) {
  return el('button', {
    type: 'button', class: 'secondary', dataset: { unmask: resident.id }, text: t('staff.residents.unmask'),
    onclick: async e => {
      const button = e.currentTarget;
      try {
        const p = await ctx.api.get(`residents/${encodeURIComponent(resident.id)}/personal`);
        const cells = row.children;
        ['idNumber', 'phone', 'address'].forEach(field => {
          const i = register.columns.findIndex(c => c.key === `staff.residents.${field}`);
          cells[i].textContent = p[field] || '';
        });
        button.replaceWith(el('span', { class: 'badge warn', text: t('staff.residents.unmasked') }));
      } catch (x) {
        button.after(el('span', { class: 'badge bad', role: 'alert', text: x.message }));
      }
    },
  });
}

function filterField(name, state, m) {
  const id = `filter-${name}`;
  const field = {
    q: () => el('input', { id, type: 'search', value: state.q || '', autocomplete: 'off' }),
    under: () => el('input', { id, value: state.under || '', placeholder: 'demo-street/demo-community', autocomplete: 'off' }),
    level: () => el('select', { id },
      el('option', { value: '', text: t('staff.filter.any') }),
      m.levels.map(l => el('option', { value: l.code, selected: l.code === state.level, text: pick(l.name) }))),
    list: () => el('select', { id },
      el('option', { value: '', text: t('staff.filter.any') }),
      DUTY_LISTS.map(l => el('option', { value: l, selected: l === state.list, text: t(`staff.duties.list.${l}`) }))),
  }[name]();
  field.name = name;
  return el('div', {}, el('label', { for: id, text: t(`staff.filter.${name}`) }), field);
}

function query(register, state) {
  const q = new URLSearchParams();
  register.filters.forEach(f => { if (state[f]) q.set(f, state[f]); });
  return q;
}

function table(ctx, m, register, items) {
  const action = register.rowAction && hasAny(ctx.user(), register.rowAction.roles) ? register.rowAction : null;
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('staff.table.scroll') },
    el('table', {},
      el('thead', {}, el('tr', {},
        register.columns.map(c => el('th', { scope: 'col', text: t(c.key) })),
        action ? el('th', { scope: 'col', text: t('staff.table.actions') }) : null)),
      el('tbody', {}, items.map(item => {
        const row = el('tr', { dataset: { id: item.id } },
          register.columns.map(c => el('td', { class: c.wrap ? 'wrap' : null, text: String(c.value(item, m) ?? '') })));
        if (action) row.append(el('td', {}, action.render(ctx, item, row, register)));
        return row;
      }))));
}

async function complianceCard(ctx, state) {
  const q = query({ filters: ['under'] }, state);
  const c = await ctx.api.get(`facilities/compliance?${q}`);
  return el('section', { class: 'card', 'aria-labelledby': 'compliance-title' },
    el('h3', { id: 'compliance-title', text: t('staff.compliance.title') }),
    el('p', { text: t('staff.compliance.summary', c.compliant, c.sites, c.under300) }),
    c.nonCompliant.length
      ? el('ul', { class: 'list' }, c.nonCompliant.map(s => el('li', {},
        el('strong', { text: s.name }), ' ', el('span', { class: 'muted', text: s.unit }),
        el('div', { class: 'row' }, s.reasons.map(r => el('span', { class: 'badge bad', text: labelOr(`staff.compliance.${r}`, r) }))),
        el('div', { class: 'muted', text: t('staff.compliance.required', s.required) }))))
      : el('p', { class: 'muted', text: t('staff.compliance.allGood') }));
}

export async function renderRegister(container, ctx, name) {
  const register = REGISTERS[name];
  const state = states[name] ??= { offset: 0 };
  const m = await model(ctx);
  const user = ctx.user();
  const body = el('div', {}, el('p', { text: t('loading') }));
  const extra = el('div');
  const load = async () => {
    const q = query(register, state);
    if (register.paged) {
      q.set('limit', PAGE);
      q.set('offset', state.offset);
    }
    try {
      const answer = await ctx.api.get(`${name}?${q}`);
      const all = Array.isArray(answer) ? answer : answer.items;
      const total = Array.isArray(answer) ? answer.length : answer.total;
      const items = register.paged ? all : all.slice(state.offset, state.offset + PAGE);
      show(body,
        items.length ? table(ctx, m, register, items) : el('p', { class: 'muted', text: t('none') }),
        pager(total, state.offset, offset => { state.offset = offset; load(); }));
      if (register.extra) show(extra, await register.extra(ctx, state));
    } catch (e) {
      notice(body, e.message);
    }
  };
  const form = el('form', {
    class: 'filters',
    'aria-label': t('staff.filter.title'),
    onsubmit: e => {
      e.preventDefault();
      register.filters.forEach(f => { state[f] = form.elements[f].value.trim(); });
      state.offset = 0;
      load();
    },
  }, register.filters.map(f => filterField(f, state, m)),
  el('div', {}, el('button', { type: 'submit', text: t('staff.filter.apply') })));
  show(container,
    el('section', { class: 'card', 'aria-labelledby': 'register-title' },
      el('h2', { id: 'register-title', text: t(`staff.tab.${name}`) }),
      register.note ? el('p', { class: 'notice info', text: t(register.note) }) : null,
      modelNote(m),
      form,
      hasAny(user, register.exporters) ? exportButtons(ctx, name, () => query(register, state)) : null,
      body),
    extra,
    hasAny(user, register.importers) ? importCard(ctx, name, load) : null);
  await load();
}
