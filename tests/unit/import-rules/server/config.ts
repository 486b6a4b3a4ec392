// Keeps the rules: server/ may use classic zod for its own schemas.
import { z } from 'zod';

export const Port = z.coerce.number().int();
