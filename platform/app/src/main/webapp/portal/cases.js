// A resident's own cases, and one case: where it stands, its history and photos; rating the
// result (1–5 and a comment) or reopening it when not satisfied; following it.
import { t, pick, when } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';

function categoryName(ctx, code) {
  const c = (ctx.model?.categories || []).find(x => x.code === code);
  return c ? pick(c.name) : code;
}

function stateBadge(c) {
  const kind = c.state === 'CLOSED' ? 'good' : c.overdue ? 'bad' : '';
  return el('span', { class: `badge ${kind}`, dataset: { state: c.state }, text: t(`state.${c.state}`) });
}

export async function renderMine(main, ctx) {
  if (!ctx.user()) {
    ctx.signInView(main, ['resident', 'grid-worker'], t('portal.signin.intro'));
    return;
  }
  const page = await ctx.api.get('cases/mine?limit=50');
  show(main, el('section', { class: 'card' },
    el('h2', { text: t('portal.mine.title', page.total) }),
    page.items.length === 0 ? el('p', { class: 'muted', text: t('portal.mine.none') }) : null,
    el('ul', { class: 'list' }, page.items.map(c => el('li', { dataset: { caseId: c.id } },
      el('div', { class: 'row' },
        el('a', { class: 'grow', href: `#/case/${c.id}`, text: `${c.number} · ${categoryName(ctx, c.category)}` }),
        stateBadge(c)),
      el('div', { class: 'muted', text: `${c.description} · ${when(c.reportedAt, ctx.profile.timezone)}` }))))));
}

async function photoList(ctx, id) {
  const list = await ctx.api.get(`cases/${id}/photos`).catch(() => []);
  const box = el('div', { class: 'photos' });
  for (const p of list) {
    const img = el('img', { alt: t('case.photos') });
    box.append(img);
    ctx.api.raw('GET', `cases/${id}/photos/${p.id}`, undefined, { Accept: 'image/*' })
      .then(r => r.blob())
      .then(b => { img.src = URL.createObjectURL(b); })
      .catch(() => img.remove());
  }
  return list.length ? box : null;
}

function ratingForm(ctx, c, status, reload) {
  const comment = el('textarea', { id: 'rating-comment', maxlength: 500 });
  const stars = el('fieldset', { class: 'stars' }, el('legend', { text: t('portal.case.rate.stars') }),
    [1, 2, 3, 4, 5].map(n => el('label', {},
      el('input', { type: 'radio', name: 'rating', value: n, required: true }), t('portal.case.rate.n', n))));
  const form = el('form', { class: 'card', id: 'rate-form' },
    el('h3', { text: t('portal.case.rate.title') }), stars,
    el('label', { for: 'rating-comment', text: t('portal.case.rate.comment') }), comment,
    el('button', { type: 'submit', text: t('action.rate') }));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const chosen = form.querySelector('input[name=rating]:checked');
    if (!chosen) {
      notice(status, t('portal.case.rate.choose'));
      return;
    }
    try {
      await ctx.api.post(`cases/${c.id}/rate`, { version: c.version, rating: Number(chosen.value), comment: comment.value.trim() || null });
      await reload(t('portal.case.rated'));
    } catch (e) {
      notice(status, e.message);
    }
  });
  return form;
}

function reopenForm(ctx, c, status, reload) {
  const note = el('textarea', { id: 'reopen-note', maxlength: 1000, required: true });
  const form = el('form', { class: 'card', id: 'reopen-form' },
    el('h3', { text: t('action.reopen') }),
    el('label', { for: 'reopen-note', text: t('portal.case.reopen.why') }), note,
    el('button', { type: 'submit', class: 'secondary', text: t('action.reopen') }));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    if (!note.value.trim()) {
      notice(status, t('portal.case.reopen.why'));
      return;
    }
    try {
      await ctx.api.post(`cases/${c.id}/reopen`, { version: c.version, note: note.value.trim() });
      await reload(t('portal.case.reopened'));
    } catch (e) {
      notice(status, e.message);
    }
  });
  return form;
}

export async function renderCase(main, ctx, id, message) {
  if (!ctx.user()) {
    ctx.signInView(main, ['resident', 'grid-worker'], t('portal.signin.intro'));
    return;
  }
  const c = await ctx.api.get(`cases/${encodeURIComponent(id)}`);
  const status = el('div', { 'aria-live': 'polite' });
  const reload = async text => renderCase(main, ctx, id, text);
  const tz = ctx.profile.timezone;
  const facts = [
    [t('case.number'), c.number],
    [t('case.category'), categoryName(ctx, c.category)],
    [t('case.place'), [c.unit, c.address, c.latitude != null ? `${c.latitude}, ${c.longitude}` : null].filter(Boolean).join(' · ')],
    [t('case.reported'), when(c.reportedAt, tz)],
    [t('case.due'), c.dueAt ? when(c.dueAt, tz) : t('none')],
    [t('case.rating'), c.rating ? `${c.rating} / 5 ${c.ratingComment || ''}` : t('none')],
  ];
  show(main,
    el('section', { class: 'card', dataset: { caseId: c.id, version: c.version } },
      el('div', { class: 'case-head' }, el('h2', { text: c.description }), stateBadge(c),
        c.overdue ? el('span', { class: 'badge bad', text: t('case.overdue') }) : null),
      el('dl', {}, facts.flatMap(([k, v]) => [el('dt', { class: 'muted', text: k }), el('dd', { text: v || '—' })])),
      await photoList(ctx, c.id)),
    message ? el('p', { class: 'notice ok', role: 'status', text: message }) : null,
    status,
    c.actions.includes('close') ? el('div', { class: 'card' },
      el('p', { text: t('portal.case.confirm.ask') }),
      el('button', {
        type: 'button', id: 'confirm-settled', text: t('portal.case.confirm'),
        onclick: async () => {
          try {
            await ctx.api.post(`cases/${c.id}/close`, { version: c.version, note: t('portal.case.confirm.note') });
            await reload(t('portal.case.confirmed'));
          } catch (e) {
            notice(status, e.message);
          }
        },
      })) : null,
    c.actions.includes('rate') ? ratingForm(ctx, c, status, reload) : null,
    c.actions.includes('reopen') ? reopenForm(ctx, c, status, reload) : null,
    !c.mine ? el('div', { class: 'row' }, el('button', {
      type: 'button', class: 'secondary', text: t('portal.case.unfollow'),
      onclick: async () => { await ctx.api.del(`cases/${c.id}/follow`); ctx.go('#/mine'); },
    })) : null,
    el('section', { class: 'card' },
      el('h3', { text: t('case.history') }),
      el('ol', { class: 'history' }, c.history.map(h => el('li', {},
        el('strong', { text: t(`portal.event.${h.action}`) }),
        ` · ${t(`state.${h.toState}`)} · ${when(h.at, tz)}`,
        h.note ? el('div', { class: 'muted', text: h.note }) : null)))));
}
