// The operator's tenants: every district with its status, suspend and resume, and a new one from
// a form with the fields of a manifest (tenants/<id>.yaml).
import { t, pick } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { field, statusArea, perform } from '/operator/operator-form.js';

const KINDS = ['district', 'county', 'city'];
let lastOutcome = null;

export async function renderTenants(main, ctx) {
  show(main, el('p', { class: 'muted', role: 'status', text: t('loading') }));
  let tenants;
  try {
    tenants = await ctx.api.get('tenants');
  } catch (e) {
    notice(main, e.message);
    return;
  }
  const status = statusArea('tenants');
  const redraw = async outcome => {
    lastOutcome = outcome;
    await renderTenants(main, ctx);
  };
  show(main,
    el('section', { class: 'card', 'aria-labelledby': 'tenants-title' },
      el('h2', { id: 'tenants-title', text: t('operator.tenants.title') }),
      status,
      el('ul', { class: 'list', dataset: { list: 'tenants' } }, tenants.map(x => tenantItem(x, ctx, status, redraw)))),
    createForm(ctx, redraw));
  if (lastOutcome) notice(status, lastOutcome, 'ok');
  lastOutcome = null;
}

function tenantItem({ profile: p, status }, ctx, area, redraw) {
  const active = status === 'active';
  const name = pick(p.names);
  const button = el('button', {
    type: 'button',
    class: active ? 'danger' : 'secondary',
    dataset: { action: active ? 'suspend' : 'resume' },
    'aria-label': t(active ? 'operator.tenant.suspend.label' : 'operator.tenant.resume.label', name),
    text: t(active ? 'operator.tenant.suspend' : 'operator.tenant.resume'),
    onclick: async () => {
      const done = await perform(button, area, () => ctx.api.post(`tenants/${encodeURIComponent(p.id)}/${active ? 'suspend' : 'resume'}`));
      if (done) await redraw(t(active ? 'operator.tenant.suspended' : 'operator.tenant.resumed', name));
    },
  });
  const fact = (key, value) => [el('dt', { text: t(key) }), el('dd', { text: value })];
  return el('li', { dataset: { tenant: p.id, status } },
    el('span', { 'aria-hidden': 'true', style: `width:.5rem;align-self:stretch;border-radius:.25rem;background:${p.branding.primary}` }),
    el('div', { class: 'grow' },
      el('strong', { text: name }), ' ',
      el('span', { class: `badge ${active ? 'good' : 'bad'}`, dataset: { tenantStatus: status }, text: t(`operator.status.${status}`) }),
      el('dl', { class: 'facts' },
        fact('operator.tenant.id', p.id),
        fact('operator.tenant.kind', t(`operator.kind.${p.kind}`)),
        fact('operator.tenant.hosts', p.hosts.length ? p.hosts.join(', ') : t('none')),
        fact('operator.tenant.plugin', `${p.plugin.id} ${p.plugin.version}`),
        fact('operator.tenant.realm', p.identity.realm))),
    el('div', { class: 'actions' }, button));
}

function createForm(ctx, redraw) {
  const status = statusArea('create');
  const input = (name, attrs = {}) => el('input', { name, ...attrs });
  const submit = el('button', { type: 'submit', text: t('operator.create.submit') });
  const form = el('form', { class: 'card', 'aria-labelledby': 'create-title', dataset: { form: 'create-tenant' }, onsubmit: async e => {
    e.preventDefault();
    const f = form.elements;
    const id = f.id.value.trim();
    const manifest = {
      id,
      names: { zh: f.nameZh.value.trim(), en: f.nameEn.value.trim() },
      kind: f.kind.value,
      hosts: f.hosts.value.split(/[\s,，]+/).filter(Boolean),
      branding: { primary: f.primary.value, accent: f.accent.value },
      locale: f.locale.value.trim(),
      timezone: f.timezone.value.trim(),
      plugin: { id: f.pluginId.value.trim(), version: f.pluginVersion.value.trim() },
      identity: { realm: f.realm.value.trim() || `gov-${id}` },
    };
    const done = await perform(submit, status, () => ctx.api.post('tenants', manifest));
    if (done) await redraw(t('operator.create.done', manifest.names.zh || id));
  } },
    el('h2', { id: 'create-title', text: t('operator.create.title') }),
    el('p', { class: 'muted', text: t('operator.create.intro') }),
    el('div', { class: 'fields' },
      field('tenant-id', t('operator.tenant.id'), input('id', { required: true, pattern: '[a-z0-9][a-z0-9-]{1,62}', autocomplete: 'off' }), t('operator.tenant.id.hint')),
      field('tenant-kind', t('operator.tenant.kind'), el('select', { name: 'kind' }, KINDS.map(k => el('option', { value: k, text: t(`operator.kind.${k}`) })))),
      field('tenant-name-zh', t('operator.tenant.nameZh'), input('nameZh', { required: true, lang: 'zh-CN' })),
      field('tenant-name-en', t('operator.tenant.nameEn'), input('nameEn', { required: true, lang: 'en' })),
      field('tenant-primary', t('operator.tenant.primary'), input('primary', { type: 'color', value: '#1e3a8a' })),
      field('tenant-accent', t('operator.tenant.accent'), input('accent', { type: 'color', value: '#b45309' })),
      field('tenant-hosts', t('operator.tenant.hosts'), input('hosts', { autocomplete: 'off' }), t('operator.tenant.hosts.hint')),
      field('tenant-plugin', t('operator.tenant.pluginId'), input('pluginId', { required: true, autocomplete: 'off' })),
      field('tenant-plugin-version', t('operator.tenant.pluginVersion'), input('pluginVersion', { required: true, value: '>=1.0.0 & <2.0.0' }), t('operator.tenant.pluginVersion.hint')),
      field('tenant-realm', t('operator.tenant.realm'), input('realm', { autocomplete: 'off' }), t('operator.tenant.realm.hint')),
      field('tenant-locale', t('operator.tenant.locale'), input('locale', { required: true, value: 'zh-CN' })),
      field('tenant-timezone', t('operator.tenant.timezone'), input('timezone', { required: true, value: 'Asia/Shanghai' }))),
    status,
    el('div', { class: 'row' }, submit));
  return form;
}
