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
  /**
   * What the finding needs: ANY anchor (a person or a meeting), ALONE (nothing; framing still cancels
   * it), PERSON_ONLY (a person, not a meeting: job titles), or it is remote proctoring, always or near
   * an exam word.
   */
  needs: number;
}

/** Context bits of a token (lexicon `context`): see `Lexicon.context`. */
const PERSON = 1;
const EVENT = 2;
const FRAME = 4;
const NAME = 8;
const DESC = 16;
const PLACE = 32;
const NEUTRAL = 64;
const PRONOUN = 128;
/** A class (« 6e B »): about pupils, but a lesson's framing still cancels it. */
const CLASS = 256;
const SUBJECT = 512;
const ANY = 0;
const ALONE = 1;
const PROCTORING = 2;
const PROCTORING_NEAR_EXAM = 3;
const PERSON_ONLY = 4;
const CONTEXT_KINDS: Record<string, number> = { person: PERSON, pronoun: PRONOUN, subject: SUBJECT, event: EVENT, framing: FRAME, descriptive: DESC, place: PLACE, neutral: NEUTRAL };

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
  /** Context words (exact key → bits) and phrases (first word → rest and bits, longest first). */
  context: Map<string, number>;
  contextPhrases: Map<string, Array<{ rest: string[]; bits: number }>>;
  /** First names (keys), recognised when capitalised. */
  names: Set<string>;
  /** Categories reported only about a person or a real case, and those only when a meeting is announced. */
  anchored: Set<string>;
  announced: Set<string>;
}

function words(s: string): string[] {
  return normalizeWord(s).split(' ').filter((w) => w.length > 0);
}

function addTarget(list: Target[], t: Target): void {
  if (!list.some((x) => x.category === t.category)) list.push(t);
}

function compileEntry(v: Vocabulary, category: VocabularyCategory, entry: LexiconEntry): void {
  const { singles, phrases, acronyms } = v;
  const target: Target = { category, confidence: entry.confidence ?? 'medium', needs:
      entry.proctoring === 'always' ? PROCTORING : entry.proctoring === 'near-exam' ? PROCTORING_NEAR_EXAM : entry.stands === 'alone' ? ALONE : entry.stands === 'person' ? PERSON_ONLY : ANY,
  };
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
  const v: Vocabulary = {
    singles: new Map(),
    phrases: new Map(),
    acronyms: new Map(),
    exclusions: new Map(),
    context: new Map(),
    contextPhrases: new Map(),
    names: new Set(),
    anchored: new Set(strings(lexicon.anchored)),
    announced: new Set(strings(lexicon.announced)),
  };
  for (const [kind, list] of Object.entries(lexicon.context ?? {})) {
    const bits = CONTEXT_KINDS[kind];
    if (bits === undefined) continue;
    for (const phrase of strings(list)) {
      const w = words(phrase);
      if (w.length === 1) v.context.set(w[0]!, (v.context.get(w[0]!) ?? 0) | bits);
      else if (w.length > 1) {
        let l = v.contextPhrases.get(w[0]!);
        if (!l) v.contextPhrases.set(w[0]!, (l = []));
        l.push({ rest: w.slice(1), bits });
      }
    }
  }
  for (const l of v.contextPhrases.values()) l.sort((a, b) => b.rest.length - a.rest.length);
  for (const name of strings(lexicon.firstNames)) v.names.add(normalizeWord(name).trim());
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

/** A compiled lexicon as JSON, what the service worker publishes: each Map as its entries, each Set as its values. */
export type PackedVocabulary = Record<keyof Vocabulary, unknown[]>;

export function packVocabulary(v: Vocabulary): PackedVocabulary {
  const out = {} as PackedVocabulary;
  for (const [k, x] of Object.entries(v) as Array<[keyof Vocabulary, Map<unknown, unknown> | Set<unknown>]>) out[k] = [...x];
  return out;
}

/**
 * What the page does with the published lexicon: Maps and Sets rebuilt, nothing compiled (the content
 * script carries no compiler). Null when the data is not a packed vocabulary.
 */
export function unpackVocabulary(data: unknown): Vocabulary | null {
  if (!data || !Array.isArray((data as PackedVocabulary).singles)) return null;
  try {
    const v: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(data as PackedVocabulary)) v[k] = k === 'names' || k.startsWith('an') ? new Set(x) : new Map(x as never);
    return v as unknown as Vocabulary;
  } catch {
    return null;
  }
}

function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
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

function isCapitalised(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(at);
  return c !== c.toLowerCase();
}

function isSurnameAfterTitle(text: string, t: Tokens, i: number): boolean {
  if (i === 0 || t.start[i]! - t.end[i - 1]! > 2 || !TITLES.has(t.key[i - 1]!)) return false;
  return isCapitalised(text, t.start[i]!);
}

/** A class of a school: "6e B", "4eA", "5e2", "2nde 4", "1re G3", "CM2 A". */
const CLASS_LEVEL = /^(?:[3-6]e(?:me)?|2nde|1re|1ere|tle|cp|ce[12]|cm[12])$/;
const CLASS_GLUED = /^[3-6]e(?:me)?[a-h1-9]$/;
const CLASS_GROUP = /^(?:[a-h]|[a-z]?[1-9]|1[0-2])$/;
/** Times and dates: "18h", "14h30", "12/04", "14 h". */
const TIME = /^[0-9]{1,2}h(?:[0-5][0-9])?$/;

/** Context bits of every token: people, meetings and dates, curriculum framing (see Lexicon.context). */
function contextBits(v: Vocabulary, text: string, t: Tokens, phraseEnd: Map<number, number>): Uint16Array {
  const { count, key, start } = t;
  const bits = new Uint16Array(count);
  let covered = -1;
  let inPlace = false;
  for (let i = 0; i < count; i++) {
    const k = key[i]!;
    let b = 0;
    if (i > covered) {
      const phrases = lookup(v.contextPhrases, k, singular(k));
      if (phrases !== undefined) {
        for (const p of phrases) {
          const last = matchRest(t, i, p.rest);
          if (last >= 0) {
            b = p.bits;
            covered = last;
            phraseEnd.set(i, last);
            break;
          }
        }
      }
      if (i > covered) b = v.context.get(k) ?? 0;
    }
    const next = i + 1 < count && t.gap[i + 1] === 1 ? key[i + 1]! : '';
    const c = k.charCodeAt(0);
    const classGroup = next !== '' && next.length <= 2 && k.length <= 4 && CLASS_GROUP.test(next) && isCapitalisedOrDigit(text, start[i + 1]!);
    if (c >= 48 && c <= 57) {
      if (TIME.test(k) || (next === 'h' && k.length <= 2)) b |= EVENT;
      else if (k.length <= 2 && t.gapChar[i + 1] === 47 /* / */ && key[i + 1]!.length <= 2) b |= EVENT;
      if (CLASS_GLUED.test(k) || (CLASS_LEVEL.test(k) && classGroup)) b |= CLASS;
    } else if (CLASS_LEVEL.test(k) && classGroup && isCapitalised(text, start[i]!)) {
      b |= CLASS;
    } else if (isCapitalised(text, start[i]!) && !inPlace) {
      // A first name written as one (Léa, not LÉA; not Louis XIV), or a surname after a civility title.
      const second = text.charAt(start[i]! + 1);
      const titled = second !== '' && second === second.toLowerCase();
      const regnal = next !== '' && /^[ivx]+$/.test(next) && isCapitalised(text, start[i + 1]!);
      if ((titled && !regnal && v.names.has(k)) || isSurnameAfterTitle(text, t, i)) b |= NAME;
    }
    // « Lycée Victor Hugo », « rue Jean Jaurès »: names of places, not people.
    inPlace = (b & PLACE) !== 0 || (inPlace && isCapitalised(text, start[i]!));
    if (inPlace) b &= ~NAME;
    bits[i] = b;
  }
  return bits;
}

function isCapitalisedOrDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || isCapitalised(text, at);
}

interface PendingHit {
  first: number;
  last: number;
  targets: Target[];
}

/** Tokens around a hit that give it its context. */
const WINDOW = 20;
/** A person named this close holds even in a lesson's framing. */
const NEAR = 6;
/** A text this short (a meeting title) announces what it names. */
const TITLE_TOKENS = 12;

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

    // Acronyms: exact case; "P.A.I." (letters joined by dots) too. Plurals ("PAIs") are listed as forms.
    let last = i;
    let surface = text.slice(t.start[i], t.end[i]);
    if (k.length === 1) while (t.gapChar[last + 1] === 46 && key[last + 1]?.length === 1) surface += key[++last]!.toUpperCase();
    const slot = acronyms.get(surface.toLowerCase())?.find((x) => x.surface === surface);
    if (slot) {
      pending.push({ first: i, last, targets: slot.targets });
      coveredUntil = last;
      continue;
    }

    const single = lookup(singles, k, sg);
    if (single !== undefined && !isSurnameAfterTitle(text, t, i)) pending.push({ first: i, last: i, targets: single });
  }
  if (pending.length === 0) return;

  let bits: Uint16Array | undefined;
  const phraseEnd = new Map<number, number>();
  for (const h of pending) {
    if (excluded) {
      let skip = false;
      for (let j = h.first; j <= h.last; j++) if (excluded[j] === 1) skip = true;
      if (skip) continue;
    }
    for (const target of h.targets) {
      const hit: Hit = { category: target.category, start: t.start[h.first]!, end: t.end[h.last]!, confidence: target.confidence };
      if (target.needs === PROCTORING) hit.proctoring = true;
      else if (target.needs === PROCTORING_NEAR_EXAM) {
        // « caméra allumée » is remote proctoring during an exam, not in an ordinary lesson.
        if (!pending.some((o) => o !== h && Math.abs(o.first - h.first) <= WINDOW && o.targets.some((x) => x.category === 'exam' && x.needs < PROCTORING))) continue;
        hit.proctoring = true;
      } else if (v.anchored.has(target.category) || v.announced.has(target.category)) {
        bits ??= contextBits(v, text, t, phraseEnd);
        const why = reason(bits, h, count, target.needs, v.announced.has(target.category));
        if (why < 0) continue;
        if (why < count) hit.anchor = { start: t.start[why]!, end: t.end[phraseEnd.get(why) ?? why]!, kind: kindOf(bits[why]!) };
      }
      out.push(hit);
    }
  }
}

function kindOf(b: number): 'name' | 'person' | 'event' {
  return b & (NAME | CLASS) ? 'name' : b & (PERSON | PRONOUN) ? 'person' : 'event';
}

/**
 * Why a hit counts: the index of the token that makes it about a person or a real meeting (nearest
 * name, then person, then meeting or date), `count` when it counts on its own, or -1 when it does not.
 */
function reason(bits: Uint16Array, h: PendingHit, count: number, needs: number, announced: boolean): number {
  const from = Math.max(0, h.first - WINDOW);
  const to = Math.min(count - 1, h.last + WINDOW);
  let name = -1;
  let person = -1;
  let event = -1;
  let frame = false;
  let desc = false;
  const dist = (j: number) => (j < h.first ? h.first - j : j - h.last);
  for (let j = from; j <= to; j++) {
    const b = bits[j]!;
    if (b === 0 || b === NEUTRAL || b === PLACE) continue;
    if (b & FRAME || (b & SUBJECT && !announced)) frame = true;
    if (b & DESC) desc = true;
    if (b & (NAME | CLASS) && (name < 0 || dist(j) < dist(name))) name = j;
    // A possessive right before the word (« sa dépression », « son PAI ») makes it about someone; it never
    // makes a meeting real.
    if ((b & PERSON || (b & PRONOUN && !announced && dist(j) <= 2)) && (person < 0 || dist(j) < dist(person))) person = j;
    if (b & EVENT && (event < 0 || dist(j) < dist(event))) event = j;
  }
  if (frame) return name >= 0 && bits[name]! & NAME && dist(name) <= NEAR ? name : -1;
  if (name >= 0) return name;
  // What a council or an exam IS (« Le conseil de classe est… ») is not one being held.
  if (person >= 0 && !(announced && desc)) return person;
  if (needs === PERSON_ONLY) return -1;
  if (event >= 0) return event;
  if (needs === ALONE) return count;
  if (announced && count <= TITLE_TOKENS && !desc) return count;
  return -1;
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
