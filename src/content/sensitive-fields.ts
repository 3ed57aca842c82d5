import type { SensitiveCategory } from '../core/contract';
import { SENSITIVE_CATEGORIES } from '../core/contract';
import { scanText, type Finding } from '../core/scanner';
import { isScannableField } from '../core/form-state';

/**
 * Findings of the sensitive-data scanner per text field. Only categories and the matched words are
 * kept, in memory, for as long as the field says them: nothing is stored or sent.
 */
export class SensitiveFields {
  private readonly findings = new Map<Element, Finding[]>();

  /** Scans one field's current text; returns true when its findings changed. */
  scanField(field: Element): boolean {
    const text = fieldText(field);
    const found = text ? scanText(text) : [];
    const before = this.findings.get(field);
    if (!found.length) {
      if (!before) return false;
      this.findings.delete(field);
      return true;
    }
    this.findings.set(field, found);
    return !before || signature(before) !== signature(found);
  }

  /** Scans every scannable field under `root` (pre-filled forms, e.g. a meeting being edited). */
  scanAll(root: ParentNode): boolean {
    let changed = false;
    for (const el of root.querySelectorAll('input, textarea, [contenteditable]')) {
      if (isScannableField(el)) changed = this.scanField(el) || changed;
    }
    return this.prune() || changed;
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

  findingsFor(field: Element): Finding[] {
    return this.findings.get(field) ?? [];
  }

  clear(): void {
    this.findings.clear();
  }
}

export function fieldText(field: Element): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value;
  return field.textContent ?? '';
}

function signature(findings: Finding[]): string {
  return findings.map((f) => `${f.category}:${f.start}:${f.end}`).join('|');
}
