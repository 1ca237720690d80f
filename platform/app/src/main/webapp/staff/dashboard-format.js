// Dates and figures as the dashboard shows them: ISO days (YYYY-MM-DD) in the tenant's zone,
// percentages and counts, a dash for what cannot be worked out.

/** Today in a time zone, as YYYY-MM-DD. */
export function today(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The day n days after (or before) an ISO day. */
export function addDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function percent(value) {
  return value == null ? '—' : `${Number(value).toFixed(1)}%`;
}

export function number(value) {
  return value == null ? '—' : String(value);
}

/** The last part of a unit's path, its code, when its name is not known. */
export function leaf(path) {
  return path.split('/').pop();
}
