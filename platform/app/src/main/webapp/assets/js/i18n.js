// The pages' text: zh-CN first, English on request, from the server's resource bundles
// (GET /api/ui/{page}?lang=). Elements carry data-i18n (text), data-i18n-placeholder,
// data-i18n-label (aria-label) and data-i18n-title; applyText() fills them in.
const KEY = 'gongzhi.lang';
let texts = {};
let page = null;
const listeners = [];

export function language() {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

export function english() {
  return language() === 'en';
}

export async function loadText(forPage) {
  page = forPage;
  const response = await fetch(`/api/ui/${forPage}?lang=${language()}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`text of ${forPage}: HTTP ${response.status}`);
  texts = await response.json();
  document.documentElement.lang = language();
  applyText(document);
}

/** The text of a key, with {0}, {1}… replaced by the arguments. */
export function t(key, ...args) {
  let s = texts[key];
  if (s === undefined) return key;
  args.forEach((a, i) => { s = s.replaceAll(`{${i}}`, String(a)); });
  return s;
}

/** Picks the zh or en member of a {zh, en} pair (a tenant's names, a plugin's labels). */
export function pick(pair) {
  if (pair == null) return '';
  if (typeof pair === 'string') return pair;
  return (english() ? pair.en : pair.zh) || pair.zh || pair.en || '';
}

export function applyText(root) {
  root.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach(e => { e.setAttribute('aria-label', t(e.dataset.i18nLabel)); });
  root.querySelectorAll('[data-i18n-title]').forEach(e => { e.title = t(e.dataset.i18nTitle); });
}

/** Called after the language changed and the new text is loaded (pages re-render their views). */
export function onLanguageChange(listener) {
  listeners.push(listener);
}

export async function switchLanguage() {
  localStorage.setItem(KEY, english() ? 'zh-CN' : 'en');
  await loadText(page);
  for (const l of listeners) await l();
}

/** A date and time as people read it in the page's language, in the tenant's zone. */
export function when(iso, timeZone = 'Asia/Shanghai') {
  if (!iso) return '';
  return new Intl.DateTimeFormat(english() ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium', timeStyle: 'short', timeZone,
  }).format(new Date(iso));
}
