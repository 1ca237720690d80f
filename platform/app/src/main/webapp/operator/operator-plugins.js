// The operator's plugins: every installed plugin with its state (STARTED, FAILED with the reason,
// RETIRING), install or upgrade by uploading its jar, enable or disable it for a tenant, and
// uninstall.
import { t, pick } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { field, statusArea, perform } from '/operator/operator-form.js';

const STATE_BADGE = { STARTED: 'good', FAILED: 'bad', RETIRING: 'warn' };
let lastOutcome = null;

export async function renderPlugins(main, ctx) {
  show(main, el('p', { class: 'muted', role: 'status', text: t('loading') }));
  let plugins;
  let tenants;
  try {
    [plugins, tenants] = await Promise.all([ctx.api.get('plugins'), ctx.api.get('tenants')]);
  } catch (e) {
    notice(main, e.message);
    return;
  }
  const status = statusArea('plugins');
  const redraw = async (outcome, kind = 'ok') => {
    lastOutcome = { text: outcome, kind };
    await renderPlugins(main, ctx);
  };
  show(main,
    el('section', { class: 'card', 'aria-labelledby': 'plugins-title' },
      el('h2', { id: 'plugins-title', text: t('operator.plugins.title') }),
      status,
      plugins.length === 0 ? el('p', { text: t('operator.plugins.none') })
        : el('ul', { class: 'list', dataset: { list: 'plugins' } }, plugins.map(p => pluginItem(p, tenants, ctx, status, redraw)))),
    uploadForm(ctx, redraw));
  if (lastOutcome) notice(status, lastOutcome.text, lastOutcome.kind);
  lastOutcome = null;
}

function pluginItem(p, tenants, ctx, area, redraw) {
  const path = `plugins/${encodeURIComponent(p.id)}`;
  const select = el('select', { name: 'tenant' }, tenants.map(x => el('option', { value: x.profile.id, text: `${pick(x.profile.names)} (${x.profile.id})` })));
  const enablement = (method, key) => {
    const b = el('button', { type: 'button', class: 'secondary', dataset: { action: method === 'put' ? 'enable' : 'disable' }, text: t(key) });
    b.onclick = async () => {
      const tenant = select.value;
      const ok = t(method === 'put' ? 'operator.plugin.enabled' : 'operator.plugin.disabled', p.id, tenant);
      await perform(b, area, () => ctx.api[method](`${path}/tenants/${encodeURIComponent(tenant)}`), ok);
    };
    return b;
  };
  const uninstall = el('button', { type: 'button', class: 'danger', dataset: { action: 'uninstall' }, text: t('operator.plugin.uninstall') });
  uninstall.onclick = async () => {
    if (!confirm(t('operator.plugin.uninstall.confirm', p.id))) return;
    if (await perform(uninstall, area, () => ctx.api.del(path))) await redraw(t('operator.plugin.uninstalled', p.id));
  };
  const fact = (key, value) => [el('dt', { text: t(key) }), el('dd', { text: value })];
  return el('li', { dataset: { plugin: p.id, state: p.status } },
    el('div', { class: 'grow' },
      el('strong', { text: p.id }), ' ',
      el('span', { class: `badge ${STATE_BADGE[p.status] || ''}`, dataset: { pluginState: p.status }, text: p.status }), ' ',
      el('span', { class: 'muted', text: t(`operator.state.${p.status}`) }),
      p.reason ? el('p', { class: 'reason', dataset: { reason: '' }, text: t('operator.plugin.reason', p.reason) }) : null,
      el('dl', { class: 'facts' },
        fact('operator.plugin.version', p.version || '—'),
        fact('operator.plugin.provider', p.provider || '—'),
        fact('operator.plugin.requires', p.requires || '—'),
        fact('operator.plugin.calls', t('operator.plugin.calls.value', p.calls, p.failures)),
        p.lastFailure ? fact('operator.plugin.lastFailure', p.lastFailure) : null)),
    el('div', { class: 'grow' },
      field(`plugin-${p.id}-tenant`, t('operator.plugin.tenant'), select),
      el('div', { class: 'actions', style: 'margin-top:.5rem' },
        enablement('put', 'operator.plugin.enable'),
        enablement('del', 'operator.plugin.disable'),
        uninstall)));
}

function uploadForm(ctx, redraw) {
  const status = statusArea('upload');
  const file = el('input', { type: 'file', name: 'jar', accept: '.jar,application/java-archive', required: true });
  const submit = el('button', { type: 'submit', text: t('operator.upload.submit') });
  return el('form', { class: 'card', 'aria-labelledby': 'upload-title', dataset: { form: 'upload-plugin' }, onsubmit: async e => {
    e.preventDefault();
    const jar = file.files[0];
    if (!jar) return;
    submit.disabled = true;
    try {
      const installed = await ctx.api.raw('POST', 'plugins', jar, { 'Content-Type': 'application/java-archive' });
      await redraw(t('operator.upload.done', installed.id, installed.version));
    } catch (err) {
      // a jar that was installed but did not start answers 422 with the plugin and its reason
      if (err.problem && err.problem.status === 'FAILED') {
        await redraw(t('operator.upload.failed', err.problem.id, err.problem.reason || ''), 'error');
      } else {
        notice(status, err.message);
        submit.disabled = false;
      }
    }
  } },
    el('h2', { id: 'upload-title', text: t('operator.upload.title') }),
    el('p', { class: 'muted', text: t('operator.upload.intro') }),
    field('plugin-jar', t('operator.upload.jar'), file),
    status,
    el('div', { class: 'row', style: 'margin-top:.5rem' }, submit));
}
