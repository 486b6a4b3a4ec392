// Keeps the rules: lib/model/ writes its schemas with zod/mini.
import { z } from 'zod/mini';

export const Message = z.object({ type: z.string() });
