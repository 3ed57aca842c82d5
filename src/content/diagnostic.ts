import { normalizeText } from '../core/text';

/**
 * "Copier un diagnostic": a structural summary of the page's form for IT's bug report when Vigie could
 * not read it — Vigie's version, the page's context, host and path (digits masked), the rules left
 * unchecked, then each control: tag name, type, role, state attributes and its label text (label,
 * aria-label, aria-labelledby, a button's text). Never a value: no `value`, no field content, and any
 * label text that contains something typed in one of the page's fields is masked.
 */
const CONTROLS = 'input, select, textarea, button, [role="checkbox"], [role="radio"], [role="switch"], [role="button"], [role="combobox"], [role="textbox"], [contenteditable="true"]';
const MAX_CONTROLS = 150;

export function formDiagnostic(doc: Document, version: string, context: string, unread: readonly string[]): string {
  const typed = typedTexts(doc);
  const clean = (text: string | null | undefined): string => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const n = normalizeText(t);
    return typed.some((v) => n.includes(v)) ? '[…]' : t;
  };
  const lines = [
    `Vigie ${version} — diagnostic (structure only, nothing typed)`,
    `page: ${location.host}${location.pathname.replace(/\d/g, '#')} · context: ${context}`,
    `unread: ${unread.join(' ') || '-'}`,
  ];
  const controls = [...doc.querySelectorAll(CONTROLS)];
  lines.push(`controls: ${controls.length}`);
  for (const el of controls.slice(0, MAX_CONTROLS)) {
    const parts = [el.localName];
    for (const attr of ['type', 'role', 'aria-checked', 'aria-disabled', 'aria-expanded']) {
      const v = el.getAttribute(attr);
      if (v) parts.push(`${attr}=${v.slice(0, 20)}`);
    }
    if ((el as HTMLInputElement).checked) parts.push('checked');
    if (el.hasAttribute('disabled')) parts.push('disabled');
    const shown = (el as Element & { checkVisibility?: () => boolean }).checkVisibility?.();
    if (shown === false) parts.push('hidden');
    const name = clean(labelText(el));
    lines.push(`- ${parts.join(' ')}${name ? ` "${name}"` : ''}`);
  }
  return lines.join('\n');
}

function labelText(el: Element): string {
  const by = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const named = by.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (named) return named;
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((l) => l.textContent ?? '').join(' ');
  // Only a button's own text: never the text of a field or an editable region.
  if (el.localName === 'button' || el.getAttribute('role') === 'button') return el.textContent ?? '';
  // A component label next to the control (Zoom's `span.zoom-checkbox__label`, the `h4` of a settings row).
  const row = el.closest('label, [class*="checkbox"], [class*="radio"], [class*="toggle"], [class*="switch"]');
  return row && !row.querySelector('textarea, [contenteditable="true"]') ? row.textContent ?? '' : '';
}

/** What the person typed in the page's fields (normalised), to keep out of the diagnostic. */
function typedTexts(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (['checkbox', 'radio', 'button', 'submit', 'reset', 'hidden', 'image', 'file', 'range', 'color'].includes(type)) continue;
    const v = normalizeText(el.value);
    if (v.length >= 2) out.push(v);
  }
  for (const el of doc.querySelectorAll('[contenteditable="true"]')) {
    const v = normalizeText(el.textContent);
    if (v.length >= 2) out.push(v);
  }
  return out;
}
