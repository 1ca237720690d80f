// The staff dashboard: the case indicators of the caller's units for a period and a unit — key
// figures as text (readable without the charts and by screen readers), the trend of cases reported
// and closed, cases by category and by unit, and the units ranked (only those with enough cases).
// The staff workbench calls renderDashboard(container, ctx) with the context of shell.js.
import { t, pick, onLanguageChange } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { loadECharts, draw, disposeCharts, twoSeries, rates } from './dashboard-charts.js';
import { addStyle } from './dashboard-style.js';
import { today, addDays, percent, number, leaf } from './dashboard-format.js';

const PERIOD_DAYS = 30;
let view = null;

onLanguageChange(() => {
  if (view && view.container.isConnected && view.data) paint(view);
});

/** Draws the dashboard into container; ctx: the staff page's context (profile, api, user). */
export async function renderDashboard(container, ctx) {
  addStyle();
  const zone = ctx.profile.timezone || 'Asia/Shanghai';
  const to = today(zone);
  const state = view?.container === container ? view.state
    : { from: addDays(to, 1 - PERIOD_DAYS), to, under: '', minimum: 5 };
  view = { container, ctx, state, data: null, names: new Map(), categories: new Map() };
  await load(view);
}

async function load(v) {
  const { ctx, state } = v;
  disposeCharts();
  show(v.container, el('section', { class: 'dashboard' }, el('p', { class: 'muted', role: 'status', text: t('loading') })));
  const q = new URLSearchParams({ from: state.from, to: addDays(state.to, 1), minimum: state.minimum });
  if (state.under) q.set('under', state.under);
  const units = new URLSearchParams({ limit: 500 });
  if (state.under) units.set('under', state.under);
  try {
    const [data, unitPage, model] = await Promise.all([
      ctx.api.get(`cases/indicators?${q}`),
      ctx.api.get(`units?${units}`).catch(() => ({ items: [] })),
      ctx.api.get('model').catch(() => ({ categories: [] })),
    ]);
    v.data = data;
    v.names = new Map((unitPage.items || []).map(u => [u.path, { zh: u.nameZh, en: u.nameEn }]));
    v.categories = new Map((model.categories || []).map(c => [c.code, c.name]));
  } catch (e) {
    v.data = null;
    show(v.container, el('section', { class: 'dashboard' }, periodForm(v), el('div', { class: 'problem' })));
    notice(v.container.querySelector('.problem'), e.message);
    return;
  }
  paint(v);
}

function unitName(v, path) {
  if (!path || path === '-') return t('dashboard.unit.none');
  const name = v.names.get(path);
  return name ? pick(name) || leaf(path) : leaf(path);
}

function categoryName(v, code) {
  const name = v.categories.get(code);
  return name ? pick(name) || code : code;
}

function paint(v) {
  disposeCharts();
  const d = v.data;
  const to = addDays(d.to, -1);
  const section = el('section', { class: 'dashboard', 'aria-labelledby': 'dashboard-title' },
    el('h2', { id: 'dashboard-title', text: t('dashboard.title') }),
    periodForm(v),
    el('p', { class: 'window', dataset: { window: '' }, role: 'status',
      text: t('dashboard.window', d.from, to, d.timezone) }),
    el('p', { class: 'muted', text: t('dashboard.scope', d.under ? unitName(v, d.under) : t('dashboard.unit.all')) }),
    figures(d.all),
    el('div', { class: 'cols' },
      chartCard('trend', t('dashboard.trend.title'), trendCaption(d)),
      chartCard('category', t('dashboard.category.title'), listCaption(d.byCategory, k => categoryName(v, k))),
      chartCard('units', t('dashboard.units.title'), listCaption(d.byUnit, k => unitName(v, k))),
      chartCard('ranking', t('dashboard.ranking.chart'), t('dashboard.ranking.rule', d.ranking.minimum))),
    rankingCard(v));
  show(v.container, section);
  drawCharts(v, section).catch(() => {
    section.querySelectorAll('.chart').forEach(c => notice(c, t('dashboard.charts.unavailable'), 'info'));
  });
}

function periodForm(v) {
  const { state } = v;
  const options = [['', t('dashboard.unit.all')]];
  if (state.under) {
    const parts = state.under.split('/');
    parts.forEach((_, i) => {
      const path = parts.slice(0, i + 1).join('/');
      options.push([path, unitName(v, path)]);
    });
  }
  Object.keys(v.data?.byUnit || {}).filter(k => k !== '-' && k !== state.under)
    .forEach(k => options.push([k, `— ${unitName(v, k)}`]));
  const field = (id, label, input) => el('div', {}, el('label', { for: id, text: label }), input);
  return el('form', { class: 'card period', 'aria-label': t('dashboard.period'), onsubmit: e => {
    e.preventDefault();
    const f = e.target.elements;
    if (!f.from.value || !f.to.value) return;
    Object.assign(state, { from: f.from.value, to: f.to.value, under: f.under.value, minimum: Math.max(1, Number(f.minimum.value) || 1) });
    load(v);
  } },
    field('dashboard-from', t('dashboard.from'), el('input', { id: 'dashboard-from', name: 'from', type: 'date', value: state.from, required: true })),
    field('dashboard-to', t('dashboard.to'), el('input', { id: 'dashboard-to', name: 'to', type: 'date', value: state.to, required: true })),
    field('dashboard-under', t('dashboard.unit'), el('select', { id: 'dashboard-under', name: 'under' },
      options.map(([value, label]) => el('option', { value, selected: value === state.under, text: label })))),
    field('dashboard-minimum', t('dashboard.minimum'), el('input', { id: 'dashboard-minimum', name: 'minimum', type: 'number', min: 1, value: state.minimum })),
    el('div', {}, el('button', { type: 'submit', text: t('dashboard.apply') })));
}

function figures(all) {
  const card = (key, value, extra) => el('li', {},
    el('span', { class: 'value', dataset: { figure: key }, text: value }),
    el('span', { class: 'label', text: t(`dashboard.figure.${key}`) }),
    extra ? el('span', { class: 'label', text: extra }) : null);
  return el('ul', { class: 'figures', 'aria-label': t('dashboard.figures') },
    card('reported', number(all.reported)),
    card('closed', number(all.closed)),
    card('closureRate', percent(all.closureRate)),
    card('onTimeRate', percent(all.onTimeRate)),
    card('averageHandlingHours', all.averageHandlingHours == null ? '—' : t('dashboard.hours', all.averageHandlingHours)),
    card('settledInGrid', percent(all.settledInGrid)),
    card('settledInCommunity', percent(all.settledInCommunity)),
    card('satisfied', percent(all.satisfied),
      all.rated ? t('dashboard.figure.rating', all.averageRating, all.rated) : t('dashboard.figure.unrated')));
}

function chartCard(name, title, caption) {
  return el('figure', { class: 'card' },
    el('div', { class: 'chart', dataset: { chart: name }, role: 'img', 'aria-label': `${title}. ${caption}` }),
    el('figcaption', { text: caption }));
}

function trendCaption(d) {
  const reported = d.trend.points.reduce((s, p) => s + p.reported, 0);
  const closed = d.trend.points.reduce((s, p) => s + p.closed, 0);
  return t(`dashboard.trend.caption.${d.trend.step}`, reported, closed);
}

function listCaption(map, name) {
  const entries = Object.entries(map);
  if (entries.length === 0) return t('dashboard.nothing');
  return entries.map(([k, i]) => t('dashboard.item', name(k), i.reported, i.closed)).join(t('dashboard.separator'));
}

function rankingCard(v) {
  const r = v.data.ranking;
  const head = ['rank', 'unit', 'reported', 'closed', 'closureRate', 'onTimeRate', 'averageHandlingHours', 'satisfied'];
  const num = new Set(['rank', 'reported', 'closed', 'closureRate', 'onTimeRate', 'averageHandlingHours', 'satisfied']);
  return el('section', { class: 'card', 'aria-labelledby': 'ranking-title', dataset: { ranking: '' } },
    el('h3', { id: 'ranking-title', text: t('dashboard.ranking.title') }),
    el('p', { class: 'muted', dataset: { rule: '' }, text: t('dashboard.ranking.rule', r.minimum) }),
    r.ranked.length === 0 ? el('p', { text: t('dashboard.ranking.none', r.minimum) })
      : el('div', { class: 'table-wrap' }, el('table', {},
        el('thead', {}, el('tr', {}, head.map(h => el('th', { scope: 'col', class: num.has(h) ? 'num' : null, text: t(`dashboard.column.${h}`) })))),
        el('tbody', {}, r.ranked.map(u => el('tr', {},
          el('td', { class: 'num', text: u.rank }),
          el('th', { scope: 'row', text: unitName(v, u.unit) }),
          el('td', { class: 'num', text: number(u.indicators.reported) }),
          el('td', { class: 'num', text: number(u.indicators.closed) }),
          el('td', { class: 'num', text: percent(u.indicators.closureRate) }),
          el('td', { class: 'num', text: percent(u.indicators.onTimeRate) }),
          el('td', { class: 'num', text: u.indicators.averageHandlingHours ?? '—' }),
          el('td', { class: 'num', text: percent(u.indicators.satisfied) })))))),
    r.notRanked.length === 0 ? null : el('div', { dataset: { notRanked: '' } },
      el('h4', { text: t('dashboard.ranking.notRanked', r.minimum) }),
      el('ul', {}, r.notRanked.map(u => el('li', { text: t('dashboard.ranking.notRankedUnit', unitName(v, u.unit), u.reported, r.minimum) })))));
}

async function drawCharts(v, section) {
  const echarts = await loadECharts();
  if (!section.isConnected) return;
  const d = v.data;
  const box = name => section.querySelector(`[data-chart=${name}]`);
  const series = map => ({
    labels: Object.keys(map),
    first: { name: t('dashboard.series.reported'), data: Object.values(map).map(i => i.reported) },
    second: { name: t('dashboard.series.closed'), data: Object.values(map).map(i => i.closed) },
  });
  draw(echarts, box('trend'), twoSeries({
    title: t('dashboard.trend.title'),
    labels: d.trend.points.map(p => p.start.slice(5)),
    first: { name: t('dashboard.series.reported'), data: d.trend.points.map(p => p.reported) },
    second: { name: t('dashboard.series.closed'), data: d.trend.points.map(p => p.closed) },
    xName: t(`dashboard.axis.${d.trend.step}`),
    yName: t('dashboard.axis.cases'),
    type: 'line',
  }));
  const byCategory = series(d.byCategory);
  draw(echarts, box('category'), twoSeries({
    ...byCategory,
    title: t('dashboard.category.title'),
    labels: byCategory.labels.map(k => categoryName(v, k)),
    xName: t('dashboard.axis.category'),
    yName: t('dashboard.axis.cases'),
    rotate: 30,
  }));
  const byUnit = series(d.byUnit);
  const units = draw(echarts, box('units'), twoSeries({
    ...byUnit,
    title: t('dashboard.units.title'),
    labels: byUnit.labels.map(k => unitName(v, k)),
    xName: t('dashboard.axis.unit'),
    yName: t('dashboard.axis.cases'),
    rotate: 30,
  }));
  units.on('click', p => {
    const path = byUnit.labels[p.dataIndex];
    if (path && path !== '-' && path !== v.state.under) {
      v.state.under = path;
      load(v);
    }
  });
  draw(echarts, box('ranking'), rates({
    title: t('dashboard.ranking.chart'),
    labels: d.ranking.ranked.map(u => `${u.rank}. ${unitName(v, u.unit)}`),
    values: d.ranking.ranked.map(u => u.indicators.closureRate ?? 0),
    xName: t('dashboard.axis.percent'),
    seriesName: t('dashboard.column.closureRate'),
    empty: t('dashboard.ranking.none', d.ranking.minimum),
  }));
}
