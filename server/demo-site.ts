import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO_ROOT = fileURLToPath(new URL('../demo/', import.meta.url));
/** The built widget (`npm run build:widget`). */
export const WIDGET_FILES = fileURLToPath(new URL('../dist/widget/', import.meta.url));

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

/**
 * The Content-Security-Policy of the strictest page, exactly: scripts from the widget's origin only,
 * styles from the page's own, no inline code, no eval, Trusted Types required.
 */
export const strictWidgetCsp = (widgetOrigin: string) => `script-src ${widgetOrigin}; style-src 'self'; require-trusted-types-for 'script'`;

/** The page that is served with `strictWidgetCsp`: it has no scripts of its own. */
export const STRICT_PAGE = '/strikt.html';

/** The demo pages with the widget embedded, as a Jobcenter portal would embed it. */
export interface WidgetEmbedding {
  /** Address of `mitgestalten.js`; by default this site's own copy under /widget/. */
  src?: string;
  /** The backlog the widget sends to (`data-endpoint`). */
  endpoint?: string;
  service?: string;
  privacyUrl?: string;
  /** Serve the built widget under /widget/ (on by default when `src` is not given). */
  serveFiles?: boolean;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function scriptTag(embedding: WidgetEmbedding, src: string): string {
  const data = { endpoint: embedding.endpoint, service: embedding.service, 'privacy-url': embedding.privacyUrl };
  const attributes = Object.entries(data).flatMap(([name, value]) => (value ? [` data-${name}="${attribute(value)}"`] : []));
  return `<script src="${attribute(src)}"${attributes.join('')} defer></script>`;
}

/** The demo pages' policy, widened by exactly what the widget needs: its scripts' origin and the backlog's. */
function embeddedCsp(widgetOrigin: string, endpoint: string | undefined): string {
  const backlog = endpoint ? ` ${new URL(endpoint).origin}` : '';
  return DEMO_CSP.replace("script-src 'self'", `script-src 'self' ${widgetOrigin}`).replace("default-src 'self';", `default-src 'self'; connect-src 'self'${backlog};`) + "; require-trusted-types-for 'script'";
}

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
export function startDemoSite(options: { port?: number; host?: string; root?: string; widget?: WidgetEmbedding } = {}): Promise<RunningSite> {
  const root = options.root ?? DEMO_ROOT;
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  const widget = options.widget;
  const serveWidget = widget && (widget.serveFiles ?? widget.src === undefined);
  let ownOrigin = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (serveWidget && path.startsWith('/widget/')) {
      serveWidgetFile(path.slice('/widget/'.length), request.method, response);
      return;
    }
    const file = resolveFile(path, rootWithSep);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(file ? 'Methode nicht erlaubt' : 'Seite nicht gefunden');
      return;
    }
    if (widget && extname(file) === '.html') {
      const src = widget.src ?? `${ownOrigin}/widget/mitgestalten.js`;
      const widgetOrigin = new URL(src).origin;
      const csp = path === STRICT_PAGE ? strictWidgetCsp(widgetOrigin) : embeddedCsp(widgetOrigin, widget.endpoint);
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, 'content-security-policy': csp, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(file, 'utf8').replace('</head>', `  ${scriptTag(widget, src)}\n</head>`));
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
  return listen(server, options).then((site) => {
    ownOrigin = site.url;
    return site;
  });
}

/**
 * A file of the built widget. Chunks are loaded as module scripts, which browsers fetch with CORS when the
 * page is on another origin: hence `Access-Control-Allow-Origin`. Hashed chunks never change; the loader's
 * stable name is checked again each time.
 */
function serveWidgetFile(name: string, method: string | undefined, response: import('node:http').ServerResponse, dir = WIDGET_FILES): void {
  const file = /^[\w.-]+\.m?js$/.test(name) ? join(dir, name) : undefined;
  if (!file || !existsSync(file) || (method !== 'GET' && method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' });
    response.end('Nicht gefunden');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES['.js']!,
    'access-control-allow-origin': '*',
    'cache-control': /^mitgestalten\.m?js$/.test(name) ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** The widget's files alone, as a Jobcenter's static host serves them (a third origin beside page and backlog). */
export function startWidgetFiles(options: { port?: number; host?: string; dir?: string } = {}): Promise<RunningSite> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    serveWidgetFile(path.replace(/^\/(widget\/)?/, ''), request.method, response, options.dir ?? WIDGET_FILES);
  });
  return listen(server, options);
}

/** Listen on `port` (0: any free one) and tell the address; 0.0.0.0 is reached as localhost. */
function listen(server: Server, options: { port?: number; host?: string }): Promise<RunningSite> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`, server, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
