// Calls to the platform's API: the bearer token of the signed-in user, the page's language for
// error messages, and RFC 9457 problems turned into errors whose message a person can act on.
import { language, t } from './i18n.js';

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** True when the request never reached the server (offline, DNS, connection refused). */
export function isNetworkError(e) {
  return e instanceof TypeError;
}

export function client(base, tokenSource = () => null) {
  async function send(method, path, body, headers = {}) {
    const h = { Accept: 'application/json', 'Accept-Language': language() === 'en' ? 'en' : 'zh-CN', ...headers };
    const token = await tokenSource();
    if (token) h.Authorization = `Bearer ${token}`;
    let payload = body;
    if (body !== undefined && !(body instanceof Blob) && !(body instanceof ArrayBuffer) && typeof body !== 'string') {
      h['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(base + path, { method, headers: h, body: payload });
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
      const problem = type.includes('json') ? await response.json() : { title: t('error.http', response.status) };
      throw new ProblemError(response.status, problem);
    }
    if (type.includes('json')) {
      const data = await response.json();
      data && typeof data === 'object' && Object.defineProperty(data, '$status', { value: response.status });
      return data;
    }
    return response;
  }
  return {
    get: (path, headers) => send('GET', path, undefined, headers),
    post: (path, body, headers) => send('POST', path, body ?? {}, headers),
    put: (path, body, headers) => send('PUT', path, body, headers),
    del: (path, headers) => send('DELETE', path, undefined, headers),
    raw: send,
    base,
  };
}
