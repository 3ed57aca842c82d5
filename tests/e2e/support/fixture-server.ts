/**
 * A local HTTPS server for the replica pages of Zoom and Discord (tests/fixtures). Chromium maps the
 * real hosts (zoom.us, *.zoom.us, discord.com…) to it with --host-resolver-rules, so the extension
 * sees real URLs. The self-signed certificate is made when the server starts. Used by the end-to-end
 * tests, the demo and the benchmark: one set of fixtures.
 */
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import { join, dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';
import { resolveFixture } from '../../fixtures/routes';

export const FIXTURES_DIR = resolvePath(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

/** Hosts Chromium sends to the fixture server. */
export const MAPPED_HOSTS = [
  'zoom.us', '*.zoom.us', 'zoom.com', '*.zoom.com', 'zoomgov.com', '*.zoomgov.com',
  'discord.com', '*.discord.com', 'discordapp.com', '*.discordapp.com',
];

export function hostResolverRules(port: number): string {
  return MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
}

export interface FixtureServer {
  port: number;
  close: () => Promise<void>;
}

/**
 * Extra pages added at run time (e.g. the benchmark's generated pages), keyed by path plus query
 * (`/meeting/schedule?bench=heavy`) or by path alone.
 */
export type ExtraPages = Map<string, () => string>;

export async function startFixtureServer(port = 0, extraPages: ExtraPages = new Map()): Promise<FixtureServer> {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'zoom.us' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: MAPPED_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'zoom.us'}`);
      const extra = extraPages.get(url.pathname + url.search) ?? extraPages.get(url.pathname);
      if (extra) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(extra());
        return;
      }
      const route = resolveFixture(url);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`No fixture for ${url.host}${url.pathname}`);
        return;
      }
      if (route.redirect) {
        res.writeHead(302, { location: route.redirect(url), 'cache-control': 'no-store' });
        res.end();
        return;
      }
      const body = await readFile(join(FIXTURES_DIR, route.file));
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      // `?csp=strict`: the page forbids inline styles, as a hardened real site may; Vigie must still show.
      if (url.searchParams.get('csp') === 'strict') {
        headers['content-security-policy'] = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
