// Previous / next through a paged list, with where the page stands ("1–20 of 73").
import { t } from '/assets/js/i18n.js';
import { el } from '/assets/js/dom.js';

export const PAGE = 20;

export function pager(total, offset, onPage) {
  const last = Math.min(offset + PAGE, total);
  return el('div', { class: 'row pager' },
    el('button', {
      type: 'button', class: 'secondary', disabled: offset === 0,
      text: t('staff.page.previous'), onclick: () => onPage(Math.max(0, offset - PAGE)),
    }),
    el('span', { class: 'muted', role: 'status', text: total === 0 ? t('none') : t('staff.page.of', offset + 1, last, total) }),
    el('button', {
      type: 'button', class: 'secondary', disabled: last >= total,
      text: t('staff.page.next'), onclick: () => onPage(offset + PAGE),
    }));
}
