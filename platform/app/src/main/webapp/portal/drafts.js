// Reports kept on the phone until they reach the platform: every report is saved here first, with
// its Idempotency-Key, and sent from here; a report made without network stays until the network
// returns, then goes once (a retry with the same key answers the same case, never a second one).
// Photos are sent after the case exists; each sent photo is noted, so a retry does not send it twice.
import { isNetworkError } from '/assets/js/api.js';

const DB = 'gongzhi-portal';
const STORE = 'drafts';

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const result = work(t.objectStore(STORE));
    t.oncomplete = () => { db.close(); resolve(result.result ?? result); };
    t.onerror = () => { db.close(); reject(t.error); };
  });
}

/** A fresh Idempotency-Key (random, 128 bits; crypto.randomUUID needs a secure context, this does not). */
export function newKey() {
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
  return `portal-${hex}`;
}

export const save = draft => tx('readwrite', s => s.put(draft));
export const remove = key => tx('readwrite', s => s.delete(key));

export async function list(tenant) {
  const all = await tx('readonly', s => s.getAll());
  return all.filter(d => d.tenant === tenant).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Sends one draft: the report (same key each time), then its photos not yet sent. Returns the case;
 * throws on a network failure (the draft stays) or a refusal (the draft stays, with the reason).
 */
export async function send(api, draft) {
  if (!draft.caseId) {
    const made = await api.post('cases', draft.body, { 'Idempotency-Key': draft.key });
    draft.caseId = made.id;
    await save(draft);
  }
  while ((draft.photosSent || 0) < draft.photos.length) {
    const photo = draft.photos[draft.photosSent || 0];
    await api.raw('POST', `cases/${draft.caseId}/photos`, photo.blob, {
      'Content-Type': photo.type,
      'X-File-Name': photo.name.replace(/[^\w.\-]/g, '_').slice(-100),
    });
    draft.photosSent = (draft.photosSent || 0) + 1;
    await save(draft);
  }
  await remove(draft.key);
  return draft.caseId;
}

let sending = false;

/**
 * Tries the waiting drafts of the tenant; stops at the first network failure. A draft the platform
 * refused is tried again only when the reader asks ({@code retryRefused}), not on every timer tick.
 */
export async function sendAll(api, tenant, onChange, retryRefused = false) {
  if (sending || !navigator.onLine) return;
  sending = true;
  try {
    for (const draft of await list(tenant)) {
      if (draft.error && !retryRefused) continue;
      try {
        await send(api, draft);
      } catch (e) {
        if (isNetworkError(e)) break;
        draft.error = e.message;
        await save(draft);
      }
    }
  } finally {
    sending = false;
    await onChange();
  }
}
