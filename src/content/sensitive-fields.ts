import type { SensitiveCategory } from '../core/contract';
import { SENSITIVE_CATEGORIES } from '../core/contract';
import type { AnchorKind, Finding, Vocabulary } from '../core/scanner/scan';
import { isScannableField } from '../core/form-state';
import { ext as browser } from '../shared/ext';
import { LEXICON_KEY } from '../shared/settings';

/** What the scanner module (`src/content/scanner.ts`, built as `SCANNER_MODULE_PATH`) gives the page. */
export type Scanner = typeof import('./scanner');

/** The scanner module in the package: web-accessible to the services' pages (manifest), built by vite.config.ts. */
export const SCANNER_MODULE_PATH = 'src/content/scanner.js';

/**
 * Findings of the sensitive-data scanner per text field. Only categories and the matched words are
 * kept, in memory, for as long as the field says them: nothing is stored or sent.
 *
 * The scanner itself is a module the page loads the first time a field holds text (`loadScanner`), and
 * the vocabulary needs the lexicon, loaded from storage then too (`needsVocabulary`). Identifiers (NIR,
 * IBAN, card, INE, phone, e-mail) are found as soon as the scanner is here, words once the lexicon is;
 * fields are scanned again at each arrival.
 */
export class SensitiveFields {
  private readonly findings = new Map<Element, Finding[]>();
  /** The text each field had when last scanned: a pass rescans only the fields whose text changed. */
  private scanned = new WeakMap<Element, string>();
  private scanner: Scanner | null = null;
  private vocabulary: Vocabulary | null = null;
  /** Some text was scanned without the scanner or without the lexicon: they should be loaded. */
  needsVocabulary = false;

  get hasScanner(): boolean {
    return this.scanner !== null;
  }

  get hasVocabulary(): boolean {
    return this.vocabulary !== null;
  }

  /** The scanner module arrived: every field is scanned again at the next `scanAll`. */
  setScanner(scanner: Scanner): void {
    if (this.scanner) return;
    this.scanner = scanner;
    this.scanned = new WeakMap();
  }

  /** The lexicon arrived: every field is scanned again at the next `scanAll`. */
  setVocabulary(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
    this.needsVocabulary = false;
    this.scanned = new WeakMap();
  }

  /** Scans one field's current text; returns true when its findings changed. */
  scanField(field: Element): boolean {
    const text = fieldText(field);
    if (this.scanned.get(field) === text) return false;
    this.scanned.set(field, text);
    if (text && !(this.scanner && this.vocabulary)) this.needsVocabulary = true;
    const found = text && this.scanner ? this.scanner.scanWith(this.vocabulary, text) : [];
    const before = this.findings.get(field);
    if (!found.length) {
      if (!before) return false;
      this.findings.delete(field);
      return true;
    }
    this.findings.set(field, found);
    return !before || signature(before) !== signature(found);
  }

  /**
   * Scans the scannable fields under `root` whose text changed since their last scan — pre-filled
   * forms, a meeting being edited, values set by the page's own scripts — except those `skip` names
   * (a field being typed in has its own debounce). Returns the fields whose findings changed.
   */
  scanAll(root: ParentNode, skip?: (field: Element) => boolean): Element[] {
    const changed: Element[] = [];
    for (const el of root.querySelectorAll('input, textarea, [contenteditable]')) {
      // Reading the text first keeps unchanged fields (nearly all of them, nearly always) cheap.
      if (this.scanned.get(el) === fieldText(el) || skip?.(el)) continue;
      if (!isScannableField(el)) {
        this.scanned.set(el, fieldText(el));
        continue;
      }
      if (this.scanField(el)) changed.push(el);
    }
    return changed;
  }

  /** Forgets fields that left the page. */
  prune(): boolean {
    let changed = false;
    for (const field of this.findings.keys()) {
      if (!field.isConnected) {
        this.findings.delete(field);
        changed = true;
      }
    }
    return changed;
  }

  categories(): SensitiveCategory[] {
    const found = new Set<SensitiveCategory>();
    for (const list of this.findings.values()) for (const f of list) found.add(f.category);
    return SENSITIVE_CATEGORIES.filter((c) => found.has(c));
  }

  /** Remote-proctoring vocabulary in some field (`observations.remoteProctoring`). */
  remoteProctoring(): boolean {
    for (const list of this.findings.values()) if (list.some((f) => f.proctoring)) return true;
    return false;
  }

  findingsFor(field: Element): Finding[] {
    return this.findings.get(field) ?? [];
  }

  clear(): void {
    this.findings.clear();
    this.scanned = new WeakMap();
  }
}

let scannerLoad: Promise<Scanner> | undefined;
let failedLoads = 0;

/**
 * The scanner module, imported from the package once per page. A failed load is forgotten (the caller
 * tries again later), and the next one asks a fresh URL: a page keeps a failed module import for its URL.
 * `use_dynamic_url` (manifest) keeps the URL from identifying the extension.
 */
export function loadScanner(): Promise<Scanner> {
  if (scannerLoad) return scannerLoad;
  const url = browser.runtime.getURL(SCANNER_MODULE_PATH) + (failedLoads ? `?retry=${failedLoads}` : '');
  return (scannerLoad = (import(/* @vite-ignore */ url) as Promise<Scanner>).catch((error: unknown) => {
    scannerLoad = undefined;
    failedLoads++;
    throw error;
  }));
}

/**
 * The compiled lexicon the service worker published (asked for when missing), unpacked by `scanner`;
 * null when it cannot be had now (the caller tries again later).
 */
export async function loadVocabulary(scanner: Scanner): Promise<Vocabulary | null> {
  const stored = await browser.storage.local.get(LEXICON_KEY);
  return scanner.unpackVocabulary(stored[LEXICON_KEY] ?? (await browser.runtime.sendMessage({ type: 'vigie:get-lexicon' })));
}

/** Why a field is flagged, for its note: « Léa » + santé. One per category found about someone or a meeting. */
export interface FieldReason {
  category: SensitiveCategory;
  word: string;
  anchor: string;
  kind: AnchorKind;
}

export function reasonsOf(findings: readonly Finding[]): FieldReason[] {
  const byCategory = new Map<SensitiveCategory, FieldReason>();
  for (const f of findings) if (f.because && !byCategory.has(f.category)) byCategory.set(f.category, { category: f.category, word: f.text, anchor: f.because.text, kind: f.because.kind });
  return [...byCategory.values()];
}

export function fieldText(field: Element): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value;
  return field.textContent ?? '';
}

function signature(findings: Finding[]): string {
  return findings.map((f) => `${f.category}:${f.start}:${f.end}`).join('|');
}
