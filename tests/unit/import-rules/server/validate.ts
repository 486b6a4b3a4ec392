// Keeps the rules: server/ may use lib/ parts that run anywhere.
import type { Shape } from '../lib/model/shape';

export const isValid = (shape: Shape): boolean => shape.id.length > 0;
