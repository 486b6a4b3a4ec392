import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AuthorRole, Language, LOCKABLE_SETTINGS, Policy, SendingMode } from '../../lib/model';

const schema = JSON.parse(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, { type: string; enum?: string[]; items?: { enum?: string[] } }>;
};

describe("the managed policy schema IT's tools read (public/managed-schema.json)", () => {
  it('names exactly the settings the extension reads, with the same choices', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(Policy.shape).sort());
    expect(schema.properties.role!.enum).toEqual(AuthorRole.options);
    expect(schema.properties.language!.enum).toEqual(Language.options);
    expect(schema.properties.sendingMode!.enum).toEqual(SendingMode.options);
    expect(schema.properties.locked!.items!.enum).toEqual([...LOCKABLE_SETTINGS]);
  });

  it('every lockable setting is a setting of the policy', () => {
    for (const setting of LOCKABLE_SETTINGS) expect(schema.properties).toHaveProperty(setting);
  });
});
