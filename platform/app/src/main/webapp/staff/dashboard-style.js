// The dashboard's own layout on top of the shared base.css: figure cards in a grid that folds to
// two columns on a phone, charts the full width of their card, nothing wider than the screen.
const CSS = `
.dashboard form.period { display: grid; gap: .5rem; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); align-items: end; }
.dashboard form.period label { margin: 0 0 .25rem; }
.dashboard .window { font-weight: 600; margin: .5rem 0 0; }
.dashboard ul.figures { list-style: none; padding: 0; margin: 0 0 .75rem; display: grid; gap: .5rem; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); }
.dashboard ul.figures li { background: var(--paper); border-radius: .5rem; padding: .6rem .75rem; box-shadow: 0 1px 2px rgba(0,0,0,.08); border-top: .25rem solid var(--primary); min-width: 0; }
.dashboard ul.figures .value { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.2; color: var(--primary); overflow-wrap: anywhere; }
.dashboard ul.figures .label { display: block; font-size: .85rem; color: var(--muted); }
.dashboard figure { margin: 0; min-width: 0; }
.dashboard figure .chart { width: 100%; max-width: 100%; height: 21rem; }
.dashboard figcaption { font-size: .85rem; color: var(--muted); margin-top: .25rem; }
.dashboard .cols > * { min-width: 0; }
.dashboard td.num, .dashboard th.num { text-align: right; white-space: nowrap; }
`;
let added = false;

export function addStyle() {
  if (added) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  added = true;
}
