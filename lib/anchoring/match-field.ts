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

function numbers(text: string): string {
  return (text.match(/\d+/g) ?? []).join(' ');
}

/**
 * Similarity of two label keys: edit distance for small rewordings, shared words for reordered ones.
 * Numbers count fully: "Kind 1" and "Kind 2" are one character apart but never the same group.
 * `wordsAdded`: a label that only gained a word or two ("Ja" → "Ihr Ja") is the same label; not so
 * for group names, where "Einkommen" is the step and "Einkommen aus Erwerbstätigkeit" one of its groups.
 */
export function labelSimilarity(a: string, b: string, wordsAdded = true): number {
  if (a === b) return 1;
  const digitsA = numbers(a);
  const digitsB = numbers(b);
  const numbersDiffer = digitsA !== '' && digitsB !== '' && digitsA !== digitsB;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const byEdits = 1 - editDistance(a, b, Math.ceil(longest / 2)) / longest;
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  let shared = 0;
  for (const token of ta) if (tb.has(token)) shared++;
  const union = ta.size + tb.size - shared;
  const byWords = union === 0 ? 0 : (0.9 * shared) / union;
  // "Ja" → "Ihr Ja", "Betrag" → "Betrag in Euro": every word kept, a word or two added.
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  const [fewer, more] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const kept = wordsAdded && fewer.length > 0 && more.length - fewer.length <= 2 && fewer.every((word) => more.includes(word)) ? 0.8 : 0;
  return Math.max(byEdits, byWords, kept) * (numbersDiffer ? 0.5 : 1);
}

function legendSimilarity(expected: string[], actual: string[]): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0.85; // a wrapper group was added
  if (actual.length === 0) return 0.3;
  const inner = labelSimilarity(expected[expected.length - 1]!, actual[actual.length - 1]!, false);
  // The innermost group may now sit inside a new one, or have lost an outer one: compare as sets.
  const each = expected.map((legend) => Math.max(...actual.map((other) => labelSimilarity(legend, other, false))));
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
  /** Fields by each group they are in (legend keys), to keep a field inside its group. */
  private readonly byLegend = new Map<string, IndexedField[]>();

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
      for (const legend of new Set(field.legendKeys)) push(this.byLegend, legend, field);
    }
  }

  get(element: Element): IndexedField | undefined {
    return this.byElement.get(element);
  }

  find(selector: FieldSelector): FieldMatch | null {
    const label = labelKey(selector.label ?? '');
    const legends = (selector.legends ?? []).map(labelKey);
    // Same label, kind and groups: the common case; markup identity and position tell look-alikes apart.
    const same = this.byKey.get(lookAlikeKey(selector.label ?? '', selector.controlType, selector.legends ?? []));
    if (same) {
      const match = pick(selector, label, legends, same);
      if (match) return match;
    }
    // The group the field was in is still there: then the field is in it, or it is gone. A field of
    // the same name in another group ("Betrag" under assets, not income) is never the answer.
    const inner = legends[legends.length - 1];
    const group = inner === undefined ? undefined : this.byLegend.get(inner);
    if (group) return pick(selector, label, legends, group);

    const candidates = new Set<IndexedField>([
      ...(this.byLabel.get(label) ?? []),
      ...(selector.id ? (this.byId.get(selector.id) ?? []) : []),
      ...(selector.name ? (this.byName.get(selector.name) ?? []) : []),
    ]);
    // The wording changed too: look among controls sharing a word of the label.
    for (const token of tokens(label)) {
      const list = this.byToken.get(token) ?? [];
      if (list.length <= MAX_TOKEN_CANDIDATES) for (const field of list) candidates.add(field);
    }
    if (label.length === 0 || candidates.size === 0) for (const field of this.fields) if (field.controlType === selector.controlType) candidates.add(field);
    return pick(selector, label, legends, candidates);
  }
}

/** The best-scoring candidate, or null when none qualifies or two are indistinguishable. */
function pick(selector: FieldSelector, label: string, legends: string[], candidates: Iterable<IndexedField>): FieldMatch | null {
  let top: { field: IndexedField; score: number } | undefined;
  let runnerUp = 0;
  for (const field of candidates) {
    const score = scoreField(selector, label, legends, field);
    if (score <= 0) continue;
    if (!top || score > top.score) {
      runnerUp = top?.score ?? 0;
      top = { field, score };
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  // Indistinguishable look-alikes, none at the remembered position: do not guess.
  if (!top || top.score - runnerUp < 0.005) return null;
  return { element: top.field.element, confidence: Math.round(top.score * 1000) / 1000 };
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
