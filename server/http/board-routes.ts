import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from './context';

/**
 * `/board`: the triage board, the same page the extension carries (entrypoints/triage), built by
 * `npm run build` (wxt) into .output/chrome-mv3. Served here it works on this backlog's triage API after
 * the person signs in with a token. Only the page, its chunks and its styles are served, by name, under a
 * strict Content-Security-Policy: scripts and connections to this origin only, no inline code.
 */

export const DEFAULT_BOARD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
/** A built file's name: letters, digits, dashes and dots, ending in .js or .css. Nothing else is served. */
const BUILT_FILE = /^[\w-]+(\.[\w-]+)*\.(js|css)$/;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function boardRoutes(dir: string = DEFAULT_BOARD_DIR) {
  const routes = new Hono<AppEnv>();
  routes.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
  });

  routes.get('/', async (c) => {
    try {
      // The build refers to its chunks from the extension's root; here they live under /board/.
      const html = (await readFile(join(dir, 'triage.html'), 'utf8')).replaceAll('"/chunks/', '"/board/chunks/').replaceAll('"/assets/', '"/board/assets/');
      return c.html(html);
    } catch {
      return c.text('Das Sichtungsboard ist noch nicht gebaut: bitte `npm run build` ausführen.', 503);
    }
  });
  routes.get('/:folder{chunks|assets}/:file', async (c) => {
    const file = c.req.param('file');
    const match = BUILT_FILE.exec(file);
    if (!match) return c.notFound();
    try {
      const body = await readFile(join(dir, c.req.param('folder'), file));
      return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[match[2]!]!, 'Cache-Control': 'public, max-age=31536000, immutable' });
    } catch {
      return c.notFound();
    }
  });
  return routes;
}
