// Files the API serves only with the bearer token: photos shown through object URLs, exports
// saved through a link with a download name.
const shown = new Set();

function pathOf(ctx, url) {
  return url.startsWith(ctx.api.base) ? url.slice(ctx.api.base.length) : url;
}

async function blob(ctx, url, accept) {
  const response = await ctx.api.raw('GET', pathOf(ctx, url), undefined, { Accept: accept });
  return response.blob();
}

/** An object URL for an image of the API; the previous view's are released first by forgetImages(). */
export async function imageUrl(ctx, url) {
  const u = URL.createObjectURL(await blob(ctx, url, 'image/*'));
  shown.add(u);
  return u;
}

export function forgetImages() {
  shown.forEach(u => URL.revokeObjectURL(u));
  shown.clear();
}

/** Downloads a file of the API under a name. */
export async function download(ctx, url, name) {
  const u = URL.createObjectURL(await blob(ctx, url, '*/*'));
  const a = document.createElement('a');
  a.href = u;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(u), 10_000);
}
