// Breaks browser-zod-mini: the overlay runs in the browser, where schemas come from zod/mini.
import { z } from 'zod';

export const Message = z.object({ type: z.string() });
