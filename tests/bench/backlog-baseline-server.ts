// The benchmark's baseline: a minimal batch endpoint with plain node:http and one multi-row insert per batch,
// without validation, idempotency, rate limits, tokens or metrics. Run as its own process like the service:
//   DATABASE_URL=… PORT=… node --import tsx tests/bench/backlog-baseline-server.ts   (or DATA_DIR=… for PGlite)
import { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

type Query = (text: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

async function connect(): Promise<Query> {
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
    return (text, params) => pool.query(text, params as unknown[]);
  }
  const lite = await PGlite.create({ dataDir: process.env.DATA_DIR! });
  return (text, params) => lite.query(text, params as unknown[]) as Promise<{ rows: Array<Record<string, unknown>> }>;
}

const query = await connect();
await query('create table if not exists baseline_suggestions (id uuid primary key, batch_id uuid not null, receipt_code text unique not null, data jsonb not null, received_at timestamptz not null)');

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      if (request.url === '/healthz') return response.end('ok');
      if (request.method === 'GET' && request.url?.startsWith('/api/v1/receipts/')) {
        const code = decodeURIComponent(request.url.slice('/api/v1/receipts/'.length));
        const { rows } = await query('select receipt_code, received_at from baseline_suggestions where receipt_code = $1', [code]);
        response.writeHead(rows.length ? 200 : 404, { 'Content-Type': 'application/json' });
        return response.end(JSON.stringify(rows[0] ?? {}));
      }
      const batch = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { batchId: string; suggestions: Array<{ id: string }> };
      const receivedAt = new Date().toISOString();
      const params: unknown[] = [];
      const receipts = batch.suggestions.map((suggestion) => ({ suggestionId: suggestion.id, receiptCode: randomUUID().slice(0, 14).toUpperCase() }));
      const values = batch.suggestions.map((suggestion, index) => {
        params.push(suggestion.id, batch.batchId, receipts[index]!.receiptCode, JSON.stringify(suggestion), receivedAt);
        const at = index * 5;
        return `($${at + 1}, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5})`;
      });
      await query(`insert into baseline_suggestions (id, batch_id, receipt_code, data, received_at) values ${values.join(',')} on conflict (id) do nothing`, params);
      response.writeHead(201, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ batchId: batch.batchId, receivedAt, receipts }));
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
