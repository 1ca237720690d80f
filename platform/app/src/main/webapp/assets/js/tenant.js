// Which tenant a page belongs to, from its address (/t/{tenant}/…) or, on a tenant's own host
// name, from /api/site; and its branding applied to the page (colours, logo, title).
import { pick } from './i18n.js';

export async function resolveTenant() {
  const m = location.pathname.match(/^\/t\/([a-z0-9-]+)\//);
  const response = await fetch(m ? `/api/t/${m[1]}` : '/api/site', { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title);
  body.root = m ? `/t/${m[1]}/` : '/';
  return body;
}

/** Colours, logo and name of the tenant on the page; call again after a language switch. */
export function brand(profile, suffix) {
  const root = document.documentElement.style;
  root.setProperty('--primary', profile.branding.primary);
  root.setProperty('--accent', profile.branding.accent || profile.branding.primary);
  document.querySelectorAll('[data-tenant-name]').forEach(e => { e.textContent = pick(profile.names); });
  document.querySelectorAll('img[data-tenant-logo]').forEach(img => {
    if (profile.branding.logo) img.src = profile.branding.logo;
    else img.hidden = true;
  });
  document.title = `${pick(profile.names)} · ${suffix}`;
  let theme = document.querySelector('meta[name="theme-color"]');
  if (!theme) {
    theme = document.createElement('meta');
    theme.name = 'theme-color';
    document.head.append(theme);
  }
  theme.content = profile.branding.primary;
}
