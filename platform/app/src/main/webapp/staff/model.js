// The tenant's governance model (categories, tiers, levels), read once per page; names in the
// page's language. Without it (its plugin not running) the workbench still works, showing codes.
import { pick, t } from '/assets/js/i18n.js';
import { el } from '/assets/js/dom.js';

let cached = null;

export function model(ctx) {
  if (!cached) {
    cached = ctx.api.get('model').catch(e => {
      cached = null;
      return { categories: [], tiers: [], levels: [], bodies: [], unavailable: e.message };
    });
  }
  return cached;
}

/** A note that names are shown as codes, when the model could not be read. */
export function modelNote(m) {
  return m.unavailable ? el('p', { class: 'notice info', text: t('staff.model.unavailable', m.unavailable) }) : null;
}

function nameIn(list, code) {
  const found = (list || []).find(x => x.code === code);
  return found ? pick(found.name) : code || '';
}

export const categoryName = (m, code) => nameIn(m.categories, code);
export const tierName = (m, code) => nameIn(m.tiers, code);
export const levelName = (m, code) => nameIn(m.levels, code);
export const bodyName = (m, code) => nameIn(m.bodies, code);
