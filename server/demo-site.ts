import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO_ROOT = fileURLToPath(new URL('../demo/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The demo pages are served with a strict Content-Security-Policy, as a Jobcenter portal would be:
 * whatever we inject (extension overlay, widget) has to work without inline scripts or eval.
 */
export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Single-page apps answer every path below their root with their index page. */
const SPA_ROOTS = ['/buergergeld/'];

function resolveFile(urlPath: string, root: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined; // path traversal
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  const spaRoot = SPA_ROOTS.find((prefix) => decoded.startsWith(prefix) || decoded === prefix.slice(0, -1));
  if (spaRoot) return join(root, spaRoot, 'index.html');
  return undefined;
}

export interface RunningSite {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:8787 */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve the demo Jobcenter pages on localhost. Port 0 picks a free port (for tests). */
export function startDemoSite(options: { port?: number; host?: string; root?: string } = {}): Promise<RunningSite> {
  const root = options.root ?? DEMO_ROOT;
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolveFile(path, rootWithSep);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Methode nicht erlaubt' : 'Seite nicht gefunden');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': DEMO_CSP,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
