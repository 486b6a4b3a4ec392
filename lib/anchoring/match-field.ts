/**
 * Find a form control again from its FieldSelector: by label, group legends, control type, name, id
 * and position among look-alikes, all weighed together, so that no single renamed attribute or moved
 * wrapper loses the field, and a field that is gone is not replaced by a neighbour with a similar label.
 */
import type { FieldSelector } from '../model';
import { editDistance } from './edit-distance';
import { typesCompatible } from './control';
import { labelKey, LabelIndex, type FieldInfo } from './field-label';

export interface FieldMatch {
  element: Element;
  /** 0..1 */
  confidence: number;
}

interface IndexedField extends FieldInfo {
  key: string;
  legendKeys: string[];
  /** Position among controls with the same label, type and legends. */
  ordinal: number;
}

/** Label texts repeat on forms; a word shared by more controls than this says little. */
const MAX_TOKEN_CANDIDATES = 400;

/** Identity of "the same field as a person sees it": label, type and legends. */
export function lookAlikeKey(label: string, type: string, legends: string[]): string {
  return `${labelKey(label)}|${type}|${legends.map(labelKey).join('>')}`;
}

function tokens(key: string): string[] {
  return key.split(/[\s,.;/()-]+/).filter((token) => token.length >= 3);
}

/** Similarity of two label keys: edit distance for small rewordings, shared words for reordered ones. */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const byEdits = 1 - editDistance(a, b, Math.ceil(longest / 2)) / longest;
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  let shared = 0;
  for (const token of ta) if (tb.has(token)) shared++;
  const union = ta.size + tb.size - shared;
  const byWords = union === 0 ? 0 : (0.9 * shared) / union;
  return Math.max(byEdits, byWords);
}

function legendSimilarity(expected: string[], actual: string[]): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0.85; // a wrapper group was added
  if (actual.length === 0) return 0.3;
  const inner = labelSimilarity(expected[expected.length - 1]!, actual[actual.length - 1]!);
  // The innermost group may now sit inside a new one, or have lost an outer one: compare as sets.
  const each = expected.map((legend) => Math.max(...actual.map((other) => labelSimilarity(legend, other))));
  const innerAnywhere = each[each.length - 1]! * 0.95;
  const average = each.reduce((sum, value) => sum + value, 0) / each.length;
  return 0.6 * Math.max(inner, innerAnywhere) + 0.4 * average;
}

/** All visible controls of a page, indexed for lookups by label, word, id and name. */
export class FieldIndex {
  readonly fields: IndexedField[] = [];
  private readonly byElement = new Map<Element, IndexedField>();
  private readonly byKey = new Map<string, IndexedField[]>();
  private readonly byLabel = new Map<string, IndexedField[]>();
  private readonly byToken = new Map<string, IndexedField[]>();
  private readonly byId = new Map<string, IndexedField[]>();
  private readonly byName = new Map<string, IndexedField[]>();

  constructor(controls: Element[], labels: LabelIndex) {
    const ordinals = new Map<string, number>();
    for (const control of controls) {
      const info = labels.info(control);
      const key = lookAlikeKey(info.label, info.controlType, info.legends);
      const ordinal = ordinals.get(key) ?? 0;
      ordinals.set(key, ordinal + 1);
      const field: IndexedField = { ...info, key, legendKeys: info.legends.map(labelKey), ordinal };
      this.fields.push(field);
      this.byElement.set(control, field);
      push(this.byKey, key, field);
      const label = labelKey(info.label);
      push(this.byLabel, label, field);
      for (const token of new Set(tokens(label))) push(this.byToken, token, field);
      if (info.id) push(this.byId, info.id, field);
      if (info.name) push(this.byName, info.name, field);
    }
  }

  get(element: Element): IndexedField | undefined {
    return this.byElement.get(element);
  }

  find(selector: FieldSelector): FieldMatch | null {
    const label = labelKey(selector.label ?? '');
    const legends = (selector.legends ?? []).map(labelKey);
    const candidates = new Set<IndexedField>([
      ...(this.byLabel.get(label) ?? []),
      ...(selector.id ? (this.byId.get(selector.id) ?? []) : []),
      ...(selector.name ? (this.byName.get(selector.name) ?? []) : []),
    ]);
    if (![...candidates].some((field) => labelKey(field.label) === label)) {
      // The wording changed: look among controls sharing a word of the label.
      for (const token of tokens(label)) {
        const list = this.byToken.get(token) ?? [];
        if (list.length <= MAX_TOKEN_CANDIDATES) for (const field of list) candidates.add(field);
      }
      if (label.length === 0 || candidates.size === 0) for (const field of this.fields) if (field.controlType === selector.controlType) candidates.add(field);
    }

    const scored: Array<{ field: IndexedField; score: number }> = [];
    for (const field of candidates) {
      const score = scoreField(selector, label, legends, field);
      if (score > 0) scored.push({ field, score });
    }
    if (scored.length === 0) return null;
    scored.sort((a, b) => b.score - a.score);
    const [top, runnerUp] = scored;
    // Indistinguishable look-alikes and none at the remembered position: do not guess.
    if (runnerUp && top!.score - runnerUp.score < 0.005) return null;
    return { element: top!.field.element, confidence: Math.round(top!.score * 1000) / 1000 };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** 0 when the control cannot be the field; otherwise 0..1. */
function scoreField(selector: FieldSelector, label: string, legends: string[], field: IndexedField): number {
  if (!typesCompatible(selector.controlType, field.controlType)) return 0;
  const fieldLabel = labelKey(field.label);
  const labelScore = label.length === 0 && fieldLabel.length === 0 ? 1 : labelSimilarity(label, fieldLabel);
  const legendScore = legendSimilarity(legends, field.legendKeys);
  const sameId = selector.id !== undefined && selector.id === field.id;
  const sameName = selector.name !== undefined && selector.name === field.name;
  const markup = sameId && sameName;

  // What a person sees must agree, unless the markup identity is fully intact.
  const labelAgrees = labelScore >= 0.7 || (labelScore >= 0.5 && (sameId || sameName)) || markup;
  const legendsAgree = legendScore >= 0.6 || (markup && labelScore >= 0.7);
  if (!labelAgrees || !legendsAgree) return 0;
  if (label.length === 0 && !sameId && !sameName && legends.length === 0) return 0;

  return (
    0.5 * labelScore +
    0.25 * legendScore +
    0.05 * (selector.controlType === field.controlType ? 1 : 0.5) +
    0.07 * (sameId ? 1 : 0) +
    0.06 * (sameName ? 1 : 0) +
    0.02 * (selector.form !== undefined && selector.form === field.form ? 1 : selector.form === undefined ? 0.5 : 0) +
    0.05 * (selector.position === undefined ? 0.5 : selector.position === field.ordinal ? 1 : 0)
  );
}
