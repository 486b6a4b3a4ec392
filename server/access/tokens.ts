import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TokenRole } from '../../lib/model';
import type { Database } from '../database/tables';

/** What a role may do beyond its own: admin ⊇ triage ⊇ submit. */
const RANK: Record<TokenRole, number> = { submit: 0, triage: 1, admin: 2 };
export const roleAllows = (held: TokenRole, needed: TokenRole) => RANK[held] >= RANK[needed];

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface TokenInfo {
  name: string;
  role: TokenRole;
  createdAt: string;
  revokedAt?: string;
}

export type TokenCheck = { ok: true; name: string; role: TokenRole } | { ok: false; code: 'token-missing' | 'token-invalid' };

/** A new token (256 random bits); only its hash is stored. The token is shown once, to whoever created it. */
export async function createToken(db: Kysely<Database>, name: string, role: TokenRole, now = new Date()): Promise<string> {
  const token = `mg_${randomBytes(32).toString('base64url')}`;
  await storeTokenHash(db, name, role, token, now);
  return token;
}

/** Store a token chosen elsewhere (a test double's fixed secret). Production tokens come from {@link createToken}. */
export async function storeTokenHash(db: Kysely<Database>, name: string, role: TokenRole, token: string, now = new Date()): Promise<void> {
  await db.insertInto('tokens').values({ name, role, hash: hashOf(token), created_at: now, revoked_at: null }).execute();
}

export async function revokeToken(db: Kysely<Database>, name: string, now = new Date()): Promise<boolean> {
  const result = await db.updateTable('tokens').set({ revoked_at: now }).where('name', '=', name).where('revoked_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  const rows = await db.selectFrom('tokens').select(['name', 'role', 'created_at', 'revoked_at']).orderBy('created_at').execute();
  return rows.map((row) => ({
    name: row.name,
    role: row.role,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.revoked_at ? { revokedAt: new Date(row.revoked_at).toISOString() } : {}),
  }));
}

/** Check an `Authorization` header. Looked up by hash, then compared in constant time; revoked tokens fail. */
export async function checkBearer(db: Kysely<Database>, authorization: string | undefined): Promise<TokenCheck> {
  const token = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!token) return { ok: false, code: 'token-missing' };
  const hash = hashOf(token);
  const row = await db.selectFrom('tokens').select(['name', 'role', 'hash']).where('hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
  if (!row || !timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) return { ok: false, code: 'token-invalid' };
  return { ok: true, name: row.name, role: row.role };
}
