/** Parses an HTML snippet into a fresh document (no innerHTML, no scripts run). */
export function parse(html: string): Document {
  const body = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(body, 'text/html');
}
