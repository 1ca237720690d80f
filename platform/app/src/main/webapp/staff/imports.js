// Importing a register from a sheet (.csv or .xlsx) in the background with a progress bar, and
// exporting it. The server checks every row first: one bad row and nothing is imported, and each
// error is listed with its line.
import { t } from '/assets/js/i18n.js';
import { el, show, notice } from '/assets/js/dom.js';
import { hasAny } from './roles.js';
import { download } from './blobs.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// who may read an import job's progress (ImportsResource); others import and wait for the answer
const POLLERS = ['district-admin', 'community-staff', 'grid-worker'];
const POLL_MS = 400;

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

function errorList(errors) {
  return el('ol', { class: 'errors', 'aria-label': t('staff.import.errors') }, errors.map(e => el('li', { text: e })));
}

// a finished job's result is the server's English sentence "N rows: C created, U updated"
function jobSummary(result) {
  const m = /^(\d+) rows: (\d+) created, (\d+) updated$/.exec(result || '');
  return m ? t('staff.import.summary', m[1], m[2], m[3]) : result;
}

async function follow(ctx, job, progress, status) {
  let j = job;
  while (j.state === 'RUNNING') {
    progress.value = j.percent;
    status.textContent = t('staff.import.running', j.rowsDone, j.rowsTotal, j.percent);
    await sleep(POLL_MS);
    j = await ctx.api.get(`imports/${encodeURIComponent(j.id)}`);
  }
  return j;
}

async function run(ctx, register, file, progress, status, result, onDone) {
  const type = /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
  const async = hasAny(ctx.user(), POLLERS);
  progress.hidden = false;
  progress.value = 0;
  status.textContent = t('staff.import.sending', file.name);
  show(result);
  try {
    const answer = await ctx.api.post(`${register}/import`, file,
      async ? { 'Content-Type': type, Prefer: 'respond-async' } : { 'Content-Type': type });
    const job = answer.$status === 202 ? await follow(ctx, answer, progress, status) : null;
    if (job && job.state !== 'DONE') {
      status.textContent = t('staff.import.refused');
      show(result, errorList(job.errors || []));
      return;
    }
    progress.value = 100;
    status.textContent = t('staff.import.done');
    const summary = job ? jobSummary(job.result) : t('staff.import.summary', answer.rows, answer.created, answer.updated);
    notice(result, summary, 'ok');
    onDone();
  } catch (e) {
    status.textContent = t('staff.import.refused');
    if (e.problem && Array.isArray(e.problem.errors)) show(result, el('p', { text: e.message }), errorList(e.problem.errors));
    else notice(result, e.message);
  }
}

/** The import form of a register; onDone runs after a completed import (to show the new rows). */
export function importCard(ctx, register, onDone) {
  const id = `import-${register}`;
  const file = el('input', { id, type: 'file', accept: `.csv,.xlsx,text/csv,${XLSX}`, required: true });
  const progress = el('progress', { max: 100, value: 0, hidden: true, 'aria-labelledby': `${id}-status` });
  const status = el('p', { id: `${id}-status`, class: 'muted', role: 'status' });
  const result = el('div');
  const button = el('button', { type: 'submit', text: t('staff.import.start') });
  return el('form', {
    class: 'card import',
    'aria-labelledby': `${id}-title`,
    onsubmit: async e => {
      e.preventDefault();
      if (!file.files.length) return;
      button.disabled = true;
      await run(ctx, register, file.files[0], progress, status, result, onDone);
      button.disabled = false;
    },
  },
  el('h3', { id: `${id}-title`, text: t('staff.import.title') }),
  el('p', { class: 'muted', text: t(`staff.import.columns.${register}`) }),
  el('label', { for: id, text: t('staff.import.file') }),
  file,
  el('div', { class: 'row actions' }, button),
  progress, status, result);
}

/** Buttons that download the register (as filtered) as CSV or Excel. */
export function exportButtons(ctx, register, query) {
  const status = el('span', { role: 'status' });
  const save = format => async () => {
    const q = new URLSearchParams(query());
    q.set('format', format);
    try {
      await download(ctx, `${register}/export?${q}`, `${ctx.profile.id}-${register}.${format}`);
    } catch (e) {
      notice(status, e.message);
    }
  };
  return el('div', { class: 'row' },
    el('button', { type: 'button', class: 'secondary', dataset: { export: 'csv' }, text: t('staff.export.csv'), onclick: save('csv') }),
    el('button', { type: 'button', class: 'secondary', dataset: { export: 'xlsx' }, text: t('staff.export.xlsx'), onclick: save('xlsx') }),
    status);
}
