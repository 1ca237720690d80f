// Text for codes that may be the platform's or a plugin's: the page's label when it has one, else the code.
import { t } from '/assets/js/i18n.js';

export function labelOr(key, code) {
  const s = t(key);
  return s === key ? code : s;
}
