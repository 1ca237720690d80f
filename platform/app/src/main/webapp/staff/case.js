// One case: what, where, its state and due time, its photos and history, and a button for each
// action the server says the caller may take, with a note. A 409 means someone acted first: the
// message is shown and the case read again.
import { t, when } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { model, modelNote, categoryName, tierName } from './model.js';
import { caseBadges } from './badges.js';
import { imageUrl, forgetImages } from './blobs.js';
import { labelOr } from './labels.js';

const ACTIONS = ['take', 'resolve', 'escalate', 'dispatch', 'supervise', 'close', 'reject'];

function place(c) {
  const coords = c.latitude != null ? `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}` : null;
  return [c.address, c.unit, coords].filter(Boolean).join(' · ');
}

function facts(m, c) {
  const rows = [
    ['case.state', t(`state.${c.state}`)],
    ['case.description', c.description],
    ['case.place', place(c)],
    ['case.tier', tierName(m, c.tier)],
    ['case.unit', c.handlerUnit],
    ['case.due', when(c.dueAt)],
    ['case.reported', when(c.reportedAt)],
    ['staff.case.channel', t(`staff.channel.${c.channel}`)],
    ['staff.case.escalations', c.escalations],
    ['case.rating', c.rating ? `${c.rating} / 5 ${c.ratingComment || ''}` : null],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  return el('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [el('dt', { text: t(k) }), el('dd', { text: String(v) })]));
}

function historyItem(m, h) {
  const label = labelOr(`action.${h.action}`, labelOr(`staff.history.${h.action}`, h.action));
  const moved = h.fromState && h.toState && h.fromState !== h.toState
    ? ` (${t(`state.${h.fromState}`)} → ${t(`state.${h.toState}`)})` : '';
  return el('li', {},
    el('strong', { text: label + moved }), ' ',
    el('span', { class: 'muted', text: [when(h.at), h.actor, h.tier ? tierName(m, h.tier) : null, h.handlerUnit].filter(Boolean).join(' · ') }),
    h.note ? el('div', { text: h.note }) : null);
}

async function photos(ctx, c) {
  const box = el('div', { class: 'photos' });
  const list = await ctx.api.get(`cases/${encodeURIComponent(c.id)}/photos`);
  if (!list.length) return el('p', { class: 'muted', text: t('none') });
  for (const [i, p] of list.entries()) {
    const img = el('img', { alt: t('staff.case.photo', i + 1) });
    box.append(img);
    imageUrl(ctx, p.url).then(u => { img.src = u; }, () => { img.alt = t('staff.case.photoFailed'); });
  }
  return box;
}

function dispatchFields(m, c) {
  return el('div', { class: 'filters' },
    el('div', {},
      el('label', { for: 'dispatch-tier', text: t('case.tier') }),
      el('select', { id: 'dispatch-tier' }, m.tiers.map(x => el('option', { value: x.code, selected: x.code === c.tier, text: tierName(m, x.code) })))),
    el('div', {},
      el('label', { for: 'dispatch-unit', text: t('case.unit') }),
      el('input', { id: 'dispatch-unit', value: c.handlerUnit || '', autocomplete: 'off' })));
}

function actionForm(ctx, m, c, reload) {
  const allowed = ACTIONS.filter(a => c.actions.includes(a));
  if (!allowed.length) return el('p', { class: 'muted', text: t('staff.case.noActions') });
  const status = el('div');
  const note = el('textarea', { id: 'case-note', maxlength: 2000 });
  const act = async (action, button) => {
    const body = { version: c.version, note: note.value.trim() || undefined };
    if (action === 'dispatch') {
      body.tier = document.getElementById('dispatch-tier').value;
      body.unit = document.getElementById('dispatch-unit').value.trim();
    }
    button.disabled = true;
    try {
      const after = await ctx.api.post(`cases/${encodeURIComponent(c.id)}/${action}`, body);
      await reload(after, t('staff.case.done', t(`action.${action}`)), 'ok');
    } catch (e) {
      button.disabled = false;
      if (e.status === 409) await reload(null, t('staff.case.conflict', e.message), 'error').catch(x => notice(status, x.message));
      else notice(status, e.message);
    }
  };
  return el('form', { onsubmit: e => e.preventDefault(), 'aria-labelledby': 'case-act-title' },
    el('h3', { id: 'case-act-title', text: t('staff.case.act') }),
    el('label', { for: 'case-note', text: t('staff.case.note') }),
    note,
    allowed.includes('dispatch') ? dispatchFields(m, c) : null,
    el('div', { class: 'row actions' }, allowed.map(a => el('button', {
      type: 'button',
      class: a === 'reject' ? 'secondary' : null,
      dataset: { actionName: a },
      text: t(`action.${a}`),
      onclick: e => act(a, e.currentTarget),
    }))),
    status);
}

export async function renderCase(container, ctx, id, given = null, message = null, kind = 'ok') {
  forgetImages();
  const [m, c] = await Promise.all([model(ctx), given ?? ctx.api.get(`cases/${encodeURIComponent(id)}`)]);
  const reload = (after, text, k) => renderCase(container, ctx, id, after, text, k);
  show(container,
    el('p', {}, el('a', { href: '#/queue', text: `← ${t('staff.case.back')}` })),
    modelNote(m),
    message ? el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text: message }) : null,
    el('section', { class: 'card', 'aria-labelledby': 'case-title', dataset: { caseId: c.id, state: c.state } },
      el('h2', { id: 'case-title', text: `${c.number} · ${categoryName(m, c.category)}` }),
      el('p', { class: 'row' }, caseBadges(c)),
      facts(m, c),
      actionForm(ctx, m, c, reload)),
    el('section', { class: 'card', 'aria-labelledby': 'case-photos-title' },
      el('h3', { id: 'case-photos-title', text: t('case.photos') }),
      await photos(ctx, c).catch(e => el('p', { class: 'notice error', text: e.message }))),
    el('section', { class: 'card', 'aria-labelledby': 'case-history-title' },
      el('h3', { id: 'case-history-title', text: t('case.history') }),
      el('ol', { class: 'history' }, (c.history || []).map(h => historyItem(m, h)))));
}
