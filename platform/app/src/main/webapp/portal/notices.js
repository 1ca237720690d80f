// The public notices (四务公开) of the resident's community: its own, its street's and the
// district's, newest first. Readable without signing in.
import { t, when } from '/assets/js/i18n.js';
import { el, show } from '/assets/js/dom.js';
import { placePicker } from './place.js';

export async function renderNotices(main, ctx) {
  const list = el('div', { id: 'notice-list', 'aria-live': 'polite' });
  const load = async place => {
    const q = place.community ? `?for=${encodeURIComponent(place.community)}` : '';
    const notices = await ctx.api.get(`notices${q}`);
    show(list, notices.length === 0 ? el('p', { class: 'muted', text: t('portal.notices.none') }) : null,
      notices.map(n => el('article', { class: 'card', dataset: { notice: n.code } },
        el('h3', { text: n.title }),
        el('p', { class: 'muted', text: `${t(`portal.kind.${n.kind}`)} · ${n.unit || t('portal.notices.district')} · ${when(n.publishedAt, ctx.profile.timezone)}` }),
        el('p', { text: n.body }))));
  };
  const picker = await placePicker(ctx, load, { grids: false });
  show(main, el('section', { class: 'card' }, el('h2', { text: t('portal.notices.title') }), picker.element), list);
  await load(picker.state);
}
