// A case's state, overdue and supervised flags as badges.
import { t } from '/assets/js/i18n.js';
import { el } from '/assets/js/dom.js';

export function caseBadges(c) {
  return [
    el('span', { class: `badge${c.state === 'CLOSED' ? ' good' : ''}`, dataset: { state: c.state }, text: t(`state.${c.state}`) }),
    c.overdue ? el('span', { class: 'badge bad', dataset: { flag: 'overdue' }, text: t('case.overdue') }) : null,
    c.supervisedAt ? el('span', { class: 'badge warn', dataset: { flag: 'supervised' }, text: t('case.supervised') }) : null,
    c.reopened ? el('span', { class: 'badge warn', dataset: { flag: 'reopened' }, text: t('staff.case.reopened') }) : null,
  ];
}
