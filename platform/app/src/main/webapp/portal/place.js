// Choosing where: a community from the district's list and, where it has them, one of its grids.
// The choice is remembered on this device (the notices page reads the same community).
import { t, pick } from '/assets/js/i18n.js';
import { el, show } from '/assets/js/dom.js';

const key = tenant => `gongzhi.place.${tenant}`;

export function remembered(tenant) {
  return JSON.parse(localStorage.getItem(key(tenant)) || '{}');
}

function unitName(u) {
  return pick({ zh: u.nameZh, en: u.nameEn || u.nameZh });
}

async function units(ctx, query) {
  const page = await ctx.api.get(`units?${query}&limit=500`);
  return page.items || [];
}

/** A fieldset with the community (and grid) selects; onChange(place) with {community, grid, unit}. */
export async function placePicker(ctx, onChange, { grids = true } = {}) {
  const saved = remembered(ctx.profile.id);
  const community = el('select', { id: 'place-community', name: 'community' },
    el('option', { value: '', text: t('portal.place.choose') }));
  const grid = el('select', { id: 'place-grid', name: 'grid', disabled: true },
    el('option', { value: '', text: t('portal.place.anygrid') }));
  const communities = await units(ctx, 'level=community');
  communities.forEach(u => community.append(el('option', { value: u.path, text: unitName(u) })));
  const state = { community: '', grid: '' };
  const changed = () => {
    state.unit = state.grid || state.community || null;
    localStorage.setItem(key(ctx.profile.id), JSON.stringify({ community: state.community, grid: state.grid }));
    onChange({ ...state });
  };
  async function loadGrids() {
    show(grid, el('option', { value: '', text: t('portal.place.anygrid') }));
    grid.disabled = true;
    if (!grids || !state.community) return;
    const list = await units(ctx, `under=${encodeURIComponent(state.community)}&level=grid`);
    list.forEach(u => grid.append(el('option', { value: u.path, text: unitName(u) })));
    grid.disabled = list.length === 0;
  }
  community.addEventListener('change', async () => {
    state.community = community.value;
    state.grid = '';
    await loadGrids();
    changed();
  });
  grid.addEventListener('change', () => {
    state.grid = grid.value;
    changed();
  });
  if (saved.community && communities.some(u => u.path === saved.community)) {
    community.value = saved.community;
    state.community = saved.community;
    await loadGrids();
    if (saved.grid && [...grid.options].some(o => o.value === saved.grid)) {
      grid.value = saved.grid;
      state.grid = saved.grid;
    }
    state.unit = state.grid || state.community;
  }
  const box = el('div', { class: 'place' },
    el('label', { for: 'place-community', text: t('portal.place.community') }), community,
    grids ? el('label', { for: 'place-grid', text: t('portal.place.grid') }) : null, grids ? grid : null);
  return { element: box, state };
}
