// Small pieces the console's views share: a labelled field, a status area for problems and
// confirmations, and running an action with its outcome said there.
import { t } from '/assets/js/i18n.js';
import { el, notice } from '/assets/js/dom.js';

/** A label and its input (the input gets the id), with an optional hint read with it. */
export function field(id, label, input, hint) {
  input.id = id;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return el('div', {},
    el('label', { for: id, text: label }),
    input,
    hint ? el('p', { id: `${id}-hint`, class: 'muted', text: hint }) : null);
}

/** An empty live region for an action's outcome. */
export function statusArea(name) {
  return el('div', { class: 'status', dataset: { status: name }, 'aria-live': 'polite' });
}

/**
 * Runs an action with its button disabled; says what went right (the ok text) or the problem's
 * message in the status area; returns true when it worked.
 */
export async function perform(button, area, action, ok) {
  if (button) button.disabled = true;
  try {
    await action();
    if (ok) notice(area, ok, 'ok');
    return true;
  } catch (e) {
    notice(area, e.message || t('error.http', e.status));
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}
