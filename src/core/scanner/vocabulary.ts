/**
 * Vocabulary matcher, compiled from lexicon data (lexicon.ts): `compileVocabulary` once, then
 * `findVocabulary` per text. The data is passed in rather than imported so that the content script does
 * not carry the lexicon: the service worker publishes it, and the page reads it when text first appears.
 *
 * Per token: one Map lookup for single words, one for phrases starting with that word,
 * one for exclusions, and (only when the lower-case key is a known acronym) one exact
 * case-sensitive comparison. Phrases are checked only when their first word is seen.
 * Plurals: a token ending in -s/-x that is not itself a known key is looked up without it.
 */
import type { Lexicon, LexiconEntry, VocabularyCategory, VocabularyConfidence } from './lexicon';
import { normalizeWord, type Tokens } from './text';
import type { Hit } from './types';

interface Target {
  category: VocabularyCategory;
  confidence: VocabularyConfidence;
}

interface Phrase {
  /** Words after the first one. */
  rest: string[];
  targets: Target[];
}

/** A compiled lexicon. */
export interface Vocabulary {
  singles: Map<string, Target[]>;
  /** Phrases by first word, longest first. */
  phrases: Map<string, Phrase[]>;
  /** Acronyms by lower-case key → exact surface forms with their targets. */
  acronyms: Map<string, Array<{ surface: string; targets: Target[] }>>;
  /** Exclusion phrases by first word (words after the first). */
  exclusions: Map<string, string[][]>;
}

function words(s: string): string[] {
  return normalizeWord(s).split(' ').filter((w) => w.length > 0);
}

function addTarget(list: Target[], t: Target): void {
  if (!list.some((x) => x.category === t.category)) list.push(t);
}

function compileEntry(v: Vocabulary, category: VocabularyCategory, entry: LexiconEntry): void {
  const { singles, phrases, acronyms } = v;
  const target: Target = { category, confidence: entry.confidence ?? 'medium' };
  if ('acronym' in entry) {
    for (const surface of [entry.acronym, ...(entry.forms ?? [])]) {
      const k = normalizeWord(surface).trim();
      let list = acronyms.get(k);
      if (!list) acronyms.set(k, (list = []));
      let slot = list.find((x) => x.surface === surface);
      if (!slot) list.push((slot = { surface, targets: [] }));
      addTarget(slot.targets, target);
    }
    return;
  }
  for (const surface of [entry.term, ...(entry.forms ?? [])]) {
    const w = words(surface);
    if (w.length === 0) continue;
    if (w.length === 1) {
      let list = singles.get(w[0]!);
      if (!list) singles.set(w[0]!, (list = []));
      addTarget(list, target);
      continue;
    }
    let list = phrases.get(w[0]!);
    if (!list) phrases.set(w[0]!, (list = []));
    const rest = w.slice(1);
    let p = list.find((x) => x.rest.join(' ') === rest.join(' '));
    if (!p) list.push((p = { rest, targets: [] }));
    addTarget(p.targets, target);
  }
}

/** Compiles lexicon data. Entries of an unknown shape are skipped: the data may come from storage. */
export function compileVocabulary(lexicon: Lexicon): Vocabulary {
  const v: Vocabulary = { singles: new Map(), phrases: new Map(), acronyms: new Map(), exclusions: new Map() };
  for (const [category, entries] of Object.entries(lexicon.entries ?? {}) as Array<[VocabularyCategory, readonly LexiconEntry[]]>) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) if (isEntry(entry)) compileEntry(v, category, entry);
  }
  for (const list of v.phrases.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  for (const ex of Array.isArray(lexicon.exclusions) ? lexicon.exclusions : []) {
    if (typeof ex !== 'string') continue;
    const w = words(ex);
    if (w.length === 0) continue;
    let list = v.exclusions.get(w[0]!);
    if (!list) v.exclusions.set(w[0]!, (list = []));
    list.push(w.slice(1));
  }
  for (const list of v.exclusions.values()) list.sort((a, b) => b.length - a.length);
  return v;
}

function isEntry(entry: unknown): entry is LexiconEntry {
  if (!entry || typeof entry !== 'object') return false;
  const e = entry as { term?: unknown; acronym?: unknown; forms?: unknown };
  const main = 'acronym' in e ? e.acronym : e.term;
  return typeof main === 'string' && (e.forms === undefined || (Array.isArray(e.forms) && e.forms.every((f) => typeof f === 'string')));
}

/** The key without a plural -s/-x, or undefined. */
function singular(k: string): string | undefined {
  if (k.length < 4) return undefined;
  const c = k.charCodeAt(k.length - 1);
  return c === 115 /* s */ || c === 120 /* x */ ? k.slice(0, -1) : undefined;
}

/** Token key equals the word, or the word plus a plural -s/-x. */
function sameWord(k: string, w: string): boolean {
  if (k === w) return true;
  if (k.length !== w.length + 1 || w.length < 3) return false;
  const c = k.charCodeAt(w.length);
  return (c === 115 || c === 120) && k.startsWith(w);
}

/** Index of the last token of `rest` matched after token i (soft gaps only), or -1. */
function matchRest(t: Tokens, i: number, rest: string[]): number {
  if (i + rest.length >= t.count) return -1;
  for (let r = 0; r < rest.length; r++) {
    const j = i + 1 + r;
    if (t.gap[j] !== 1 || !sameWord(t.key[j]!, rest[r]!)) return -1;
  }
  return i + rest.length;
}

function lookup<T>(map: Map<string, T>, k: string, sg: string | undefined): T | undefined {
  const v = map.get(k);
  if (v !== undefined || sg === undefined) return v;
  return map.get(sg);
}

/** Civility titles: "Mme Gay", "M. Race", "Mr Christian" are people, not vocabulary. */
const TITLES = new Set(['m', 'mme', 'mmes', 'mlle', 'mr', 'mrs', 'ms', 'miss', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'pr']);

function isSurnameAfterTitle(text: string, t: Tokens, i: number): boolean {
  if (i === 0 || t.start[i]! - t.end[i - 1]! > 2 || !TITLES.has(t.key[i - 1]!)) return false;
  const c = text.charCodeAt(t.start[i]!);
  return c >= 65 && c <= 90; // capitalised
}

interface PendingHit {
  first: number;
  last: number;
  targets: Target[];
}

export function findVocabulary(v: Vocabulary, text: string, t: Tokens, out: Hit[]): void {
  const { count, key } = t;
  const { singles, phrases, acronyms, exclusions } = v;
  const pending: PendingHit[] = [];
  let excluded: Uint8Array | undefined;
  let coveredUntil = -1; // last token index covered by an accepted phrase

  for (let i = 0; i < count; i++) {
    const k = key[i]!;
    const sg = singular(k);

    const ex = lookup(exclusions, k, sg);
    if (ex !== undefined) {
      for (const rest of ex) {
        const last = rest.length === 0 ? i : matchRest(t, i, rest);
        if (last >= 0) {
          excluded ??= new Uint8Array(count);
          for (let j = i; j <= last; j++) excluded[j] = 1;
          break;
        }
      }
    }
    if (i <= coveredUntil) continue;

    const ph = lookup(phrases, k, sg);
    if (ph !== undefined) {
      let matched = false;
      for (const p of ph) {
        const last = matchRest(t, i, p.rest);
        if (last >= 0) {
          pending.push({ first: i, last, targets: p.targets });
          coveredUntil = last;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }

    const ac = acronyms.get(k);
    if (ac !== undefined) {
      const surface = text.slice(t.start[i], t.end[i]);
      const slot = ac.find((x) => x.surface === surface);
      if (slot) {
        pending.push({ first: i, last: i, targets: slot.targets });
        continue;
      }
    }

    const single = lookup(singles, k, sg);
    if (single !== undefined && !isSurnameAfterTitle(text, t, i)) pending.push({ first: i, last: i, targets: single });
  }

  for (const h of pending) {
    if (excluded) {
      let skip = false;
      for (let j = h.first; j <= h.last; j++) if (excluded[j] === 1) skip = true;
      if (skip) continue;
    }
    for (const target of h.targets) {
      out.push({ category: target.category, start: t.start[h.first]!, end: t.end[h.last]!, confidence: target.confidence });
    }
  }
}

/** For tests and reviewers: how many surface forms were compiled. */
export function vocabularyStats(v: Vocabulary): { singles: number; phrases: number; acronyms: number; exclusions: number } {
  const { singles, phrases, acronyms, exclusions } = v;
  let p = 0;
  for (const l of phrases.values()) p += l.length;
  let e = 0;
  for (const l of exclusions.values()) e += l.length;
  let a = 0;
  for (const l of acronyms.values()) a += l.length;
  return { singles: singles.size, phrases: p, acronyms: a, exclusions: e };
}
