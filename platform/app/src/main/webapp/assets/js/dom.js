// Small helpers to build the pages' elements without innerHTML (text is always text).
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Replaces the children of a container. */
export function show(container, ...children) {
  container.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
}

/** A status line for errors and confirmations, read out by screen readers. */
export function notice(container, text, kind = 'error') {
  show(container, el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', text }));
}
