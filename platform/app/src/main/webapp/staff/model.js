// The tenant's governance model (categories, tiers, levels), read once per page; names in the
// page's language.
import { pick } from '/assets/js/i18n.js';

let cached = null;

export function model(ctx) {
  if (!cached) cached = ctx.api.get('model').catch(e => { cached = null; throw e; });
  return cached;
}

function nameIn(list, code) {
  const found = (list || []).find(x => x.code === code);
  return found ? pick(found.name) : code || '';
}

export const categoryName = (m, code) => nameIn(m.categories, code);
export const tierName = (m, code) => nameIn(m.tiers, code);
export const levelName = (m, code) => nameIn(m.levels, code);
export const bodyName = (m, code) => nameIn(m.bodies, code);
