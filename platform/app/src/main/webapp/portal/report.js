// 随手拍: category, photos from the camera, where (the phone's position and/or a community and
// grid from the list), a description; open cases of the same kind nearby are shown first, so a
// resident can follow one instead of reporting it again. Saved as a draft before it is sent.
import { t, pick } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { isNetworkError } from '/assets/js/api.js';
import * as drafts from './drafts.js';
import { placePicker } from './place.js';

const MAX_PHOTOS = 9;

export async function renderReport(main, ctx) {
  if (!ctx.user()) {
    ctx.signInView(main, ['resident', 'grid-worker'], t('portal.signin.intro'));
    return;
  }
  const categories = ctx.model?.categories || [];
  if (categories.length === 0) {
    notice(main, t('portal.report.nomodel'), 'info');
    return;
  }
  const status = el('div', { id: 'report-status', 'aria-live': 'polite' });
  const category = el('select', { id: 'category', name: 'category', required: true },
    el('option', { value: '', text: t('portal.report.category.choose') }),
    categories.map(c => el('option', { value: c.code, text: pick(c.name) })));
  const description = el('textarea', { id: 'description', name: 'description', required: true, maxlength: 1000 });
  const address = el('input', { id: 'address', name: 'address', maxlength: 300, autocomplete: 'street-address' });
  const photos = el('input', {
    id: 'photos', name: 'photos', type: 'file', accept: 'image/jpeg,image/png', capture: 'environment', multiple: true,
  });
  const previews = el('div', { class: 'photos previews' });
  const nearby = el('div', { id: 'nearby' });
  const position = { latitude: null, longitude: null };
  const positionText = el('span', { class: 'muted', id: 'position', text: t('portal.report.position.none') });
  const picker = await placePicker(ctx, () => loadNearby());

  photos.addEventListener('change', () => {
    show(previews, [...photos.files].slice(0, MAX_PHOTOS).map(f => el('img', {
      src: URL.createObjectURL(f), alt: t('portal.report.photo.preview', f.name),
    })));
    if (photos.files.length > MAX_PHOTOS) notice(status, t('portal.report.photo.toomany', MAX_PHOTOS));
  });
  category.addEventListener('change', () => loadNearby());

  const locate = el('button', {
    type: 'button', class: 'secondary', id: 'locate', text: t('portal.report.position.use'),
    onclick: () => {
      if (!navigator.geolocation) {
        positionText.textContent = t('portal.report.position.unavailable');
        return;
      }
      positionText.textContent = t('loading');
      navigator.geolocation.getCurrentPosition(p => {
        position.latitude = Math.round(p.coords.latitude * 1e6) / 1e6;
        position.longitude = Math.round(p.coords.longitude * 1e6) / 1e6;
        positionText.textContent = t('portal.report.position.at', position.latitude, position.longitude);
        loadNearby();
      }, () => { positionText.textContent = t('portal.report.position.denied'); }, { timeout: 10_000 });
    },
  });

  async function loadNearby() {
    const unit = picker.state.unit;
    if (!category.value || (!unit && position.latitude === null)) {
      show(nearby);
      return;
    }
    const q = new URLSearchParams({ category: category.value });
    if (position.latitude !== null) {
      q.set('latitude', position.latitude);
      q.set('longitude', position.longitude);
    } else {
      q.set('unit', unit);
    }
    try {
      const found = await ctx.api.get(`cases/nearby?${q}`);
      if (found.length === 0) {
        show(nearby);
        return;
      }
      show(nearby, el('section', { class: 'card nearby', 'aria-labelledby': 'nearby-title' },
        el('h3', { id: 'nearby-title', text: t('portal.report.nearby.title') }),
        el('p', { class: 'muted', text: t('portal.report.nearby.intro') }),
        el('ul', { class: 'list' }, found.map(c => el('li', { dataset: { nearbyId: c.id } },
          el('span', { class: 'grow' }, `${c.number} · ${c.description}`,
            c.metres != null ? el('span', { class: 'muted', text: ` (${t('portal.report.nearby.metres', c.metres)})` }) : null),
          el('span', { class: 'badge', text: t(`state.${c.state}`) }),
          el('button', {
            type: 'button', class: 'secondary', text: t('portal.report.nearby.follow'),
            onclick: async () => {
              try {
                await ctx.api.post(`cases/${c.id}/follow`);
                notice(status, t('portal.report.nearby.following', c.number), 'ok');
              } catch (e) {
                notice(status, e.message);
              }
            },
          }))))));
    } catch (e) {
      if (!isNetworkError(e)) notice(nearby, e.message);
    }
  }

  const form = el('form', { class: 'card', novalidate: true },
    el('h2', { text: t('portal.report.title') }),
    el('label', { for: 'category', text: t('case.category') }), category,
    el('fieldset', {},
      el('legend', { text: t('case.place') }),
      el('div', { class: 'row' }, locate, positionText),
      picker.element,
      el('label', { for: 'address', text: t('portal.report.address') }), address),
    el('label', { for: 'description', text: t('case.description') }), description,
    el('label', { for: 'photos', text: t('portal.report.photos', MAX_PHOTOS) }), photos, previews,
    nearby,
    status,
    el('div', { class: 'row' }, el('button', { type: 'submit', id: 'submit-report', text: t('portal.report.submit') })));

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const missing = [];
    if (!category.value) missing.push(t('case.category'));
    if (!description.value.trim()) missing.push(t('case.description'));
    if (!picker.state.unit && position.latitude === null && !address.value.trim()) missing.push(t('case.place'));
    if (missing.length) {
      notice(status, t('portal.report.missing', missing.join('、')));
      return;
    }
    const body = { category: category.value, description: description.value.trim() };
    if (picker.state.unit) body.unit = picker.state.unit;
    if (position.latitude !== null) Object.assign(body, position);
    if (address.value.trim()) body.address = address.value.trim();
    const draft = {
      key: drafts.newKey(),
      tenant: ctx.profile.id,
      body,
      photos: [...photos.files].slice(0, MAX_PHOTOS).map(f => ({ blob: f, type: f.type || 'image/jpeg', name: f.name })),
      photosSent: 0,
      createdAt: new Date().toISOString(),
    };
    await drafts.save(draft);
    form.querySelector('#submit-report').disabled = true;
    try {
      const id = await drafts.send(ctx.api, draft);
      ctx.go(`#/case/${id}`);
    } catch (e) {
      if (isNetworkError(e)) {
        notice(status, t('portal.report.offline'), 'info');
        form.reset();
        show(previews);
      } else {
        // refused: the form still holds everything; the draft is not kept twice
        await drafts.remove(draft.key);
        notice(status, draft.caseId ? t('portal.report.photofailed', e.message) : e.message);
      }
      await ctx.refreshDrafts();
    } finally {
      form.querySelector('#submit-report').disabled = false;
    }
  });
  show(main, form);
}
