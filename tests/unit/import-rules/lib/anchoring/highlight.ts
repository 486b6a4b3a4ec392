// Breaks lib-no-preact; importing lib/model/ is fine.
import { h } from 'preact';
import type { Shape } from '../model/shape';

export const highlight = (shape: Shape) => h('mark', null, shape.id);
