// Keeps the rules: components/ may import types from overlay/.
import type { Item } from '../overlay/state';

export const badge = (item: Item): string => (item.editable ? `${item.id} ✎` : item.id);
