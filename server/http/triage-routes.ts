import { Hono, type Context } from 'hono';
import { AnswerCommand, MergeCommand, StatusCommand, TokenRole, TriageAnswerFile, TriageQuery } from '../../lib/model';
import { createToken, listTokens, revokeToken } from '../access/tokens';
import { Refusal } from '../refusal';
import { exportBatches } from '../triage/export';
import { listSuggestions, suggestionDetail, triageStats } from '../triage/read';
import { applyAnswers, mergeInto, setAnswer, setStatus } from '../triage/write';
import type { AppEnv, ServiceDeps } from './context';
import { requireRole } from './guards';
import { parseJson, parseOrRefuse } from './parse';
import { z } from 'zod';

/** A query string as the zod query shapes expect it: repeated keys become lists. */
function queryOf(c: Context): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}

async function jsonBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new Refusal('unsupported-media-type');
  return parseOrRefuse(schema, parseJson(await c.req.text()));
}

const uuidParam = (c: Context) => {
  const id = c.req.param('id') ?? '';
  if (!z.uuid().safeParse(id).success) throw new Refusal('suggestion-unknown', { params: { id } });
  return id;
};

/** `/api/v1/triage/…`: for tokens with the role `triage` (or `admin`). Everything here may show suggestion text. */
export function triageRoutes(deps: ServiceDeps) {
  const { db } = deps;
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole(deps, 'triage'));

  routes.get('/suggestions', async (c) => c.json(await listSuggestions(db, parseOrRefuse(TriageQuery, queryOf(c)))));
  routes.get('/suggestions/:id', async (c) => c.json(await suggestionDetail(db, uuidParam(c))));
  routes.post('/suggestions/:id/status', async (c) => {
    const id = uuidParam(c);
    await setStatus(db, id, await jsonBody(c, StatusCommand), c.get('actor'), deps.now());
    return c.json(await suggestionDetail(db, id));
  });
  routes.put('/suggestions/:id/answer', async (c) => {
    const id = uuidParam(c);
    const { redactions } = await setAnswer(db, id, await jsonBody(c, AnswerCommand), deps.now());
    // Tell the board how much the privacy filter removed, so the person can check the stored wording.
    c.header('X-Redactions', String(redactions));
    return c.json(await suggestionDetail(db, id));
  });
  routes.post('/suggestions/:id/merge', async (c) => {
    const id = uuidParam(c);
    const { into } = await jsonBody(c, MergeCommand);
    await mergeInto(db, id, into, c.get('actor'), deps.now());
    return c.json(await suggestionDetail(db, id));
  });
  // An answer file (schema/triage-answers.schema.json): the file-based board's decisions, or a whole
  // cluster decided on the board at once. Each decision is checked against the workflow on its own.
  routes.post('/answers', async (c) => c.json(await applyAnswers(db, await jsonBody(c, TriageAnswerFile), c.get('actor'), deps.now())));
  routes.get('/stats', async (c) => {
    const { limit: _limit, offset: _offset, ...filter } = parseOrRefuse(TriageQuery, queryOf(c));
    return c.json(await triageStats(db, filter));
  });
  routes.get('/export', async (c) => {
    const batches = [];
    for await (const batch of exportBatches(db)) batches.push(batch);
    c.header('Content-Disposition', `attachment; filename="mitgestalten-backlog-${deps.now().toISOString().slice(0, 10)}.json"`);
    return c.json({ exportedAt: deps.now().toISOString(), batches });
  });
  return routes;
}

const NewToken = z.object({ name: z.string().trim().min(1).max(100), role: TokenRole });

/** `/api/v1/admin/…`: token management for tokens with the role `admin`. */
export function adminRoutes(deps: ServiceDeps) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole(deps, 'admin'));
  routes.get('/tokens', async (c) => c.json(await listTokens(deps.db)));
  routes.post('/tokens', async (c) => {
    const { name, role } = await jsonBody(c, NewToken);
    return c.json({ name, role, token: await createToken(deps.db, name, role, deps.now()) }, 201);
  });
  routes.delete('/tokens/:name', async (c) => {
    if (!(await revokeToken(deps.db, c.req.param('name'), deps.now()))) throw new Refusal('not-found');
    return c.body(null, 204);
  });
  return routes;
}
