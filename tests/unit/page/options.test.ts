// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFindings, readFormState } from '../../../src/core/form-state';
import { FORM_OPTIONS } from '../../../src/core/options';
import { examplesOf } from '../../../src/core/options/examples';
import { clickTarget, collectToggles } from '../../../src/core/options/toggles';
import { normalizeWords } from '../../../src/core/text';
import { parse } from './helpers';

describe('option modules: each example markup is read by its own option only', () => {
  for (const option of FORM_OPTIONS) {
    describe(option.id, () => {
      it('has examples in French and in English, compliant and not', () => {
        expect(examplesOf(option).length).toBeGreaterThanOrEqual(3);
        expect(examplesOf(option).some((e) => e.name.includes('(FR)'))).toBe(true);
        expect(examplesOf(option).some((e) => e.name.includes('(EN)'))).toBe(true);
      });
      for (const example of examplesOf(option)) {
        it(example.name, () => {
          const doc = parse(`<form>${example.markup}</form>`);
          const findings = readFindings(doc, 'schedule');
          expect(findings.map((f) => f.option)).toEqual(FORM_OPTIONS.map((o) => o.id));
          const own = findings.find((f) => f.option === option.id);
          expect(own?.found).toBe(true);
          expect(own?.value).toBe(example.value);
          expect(own?.control).toBeTruthy();
          expect(doc.contains(own?.control ?? null)).toBe(true);
          expect(readFormState(doc, 'schedule')[option.key]).toBe(example.value);
          for (const other of findings.filter((f) => f.option !== option.id)) {
            expect(other.found, `${other.option} read "${example.name}"`).toBe(false);
            expect(other.control).toBeNull();
            expect(other.value).toBeUndefined();
          }
          if (example.blocked) {
            expect(own?.compliant).toBe(false);
            expect(own?.blocked).toBe(example.blocked);
            expect(own?.fix).toBeNull();
          } else if (example.fixLabel) {
            expect(own?.compliant).toBe(false);
            expect(own?.blocked).toBeNull();
            const toggle = collectToggles(doc).find((t) => clickTarget(t) === own?.fix);
            expect(toggle, 'the fix is a control of the page').toBeTruthy();
            expect(toggle?.names.join(' | ')).toContain(normalizeWords(example.fixLabel));
          } else {
            expect(own?.fix).toBeNull();
            if (option.rule) expect(own?.compliant).toBe(true);
          }
        });
      }
    });
  }
});

describe('readFindings', () => {
  it('says when a control is not found at all', () => {
    const findings = readFindings(parse('<form><p>Nothing here</p></form>'), 'schedule');
    expect(findings).toHaveLength(FORM_OPTIONS.length);
    for (const f of findings) {
      expect(f).toMatchObject({ found: false, value: undefined, control: null, compliant: undefined, fix: null, blocked: null });
    }
  });
  it('reads nothing outside the form contexts', () => {
    const doc = parse(examplesOf(FORM_OPTIONS[1] as (typeof FORM_OPTIONS)[number])[0]?.markup ?? '');
    expect(readFindings(doc, 'join')).toEqual([]);
    expect(readFindings(doc, null)).toEqual([]);
  });
  it('a native checkbox fixed by a click reads compliant again', () => {
    const doc = parse('<form><div class="checkbox"><input type="checkbox" id="option_waiting_room"> <label for="option_waiting_room">Enable waiting room</label></div></form>');
    const before = readFindings(doc, 'schedule').find((f) => f.option === 'waiting-room');
    expect(before?.compliant).toBe(false);
    (before?.fix as HTMLElement).click();
    const after = readFindings(doc, 'schedule').find((f) => f.option === 'waiting-room');
    expect(after).toMatchObject({ value: 'on', compliant: true, fix: null });
  });
  it('a legacy cloud target is fixed by clicking the local radio', () => {
    const markup = examplesOf(FORM_OPTIONS.find((o) => o.id === 'auto-recording') as (typeof FORM_OPTIONS)[number]).find((e) => e.name.startsWith('legacy'))?.markup ?? '';
    const doc = parse(`<form>${markup}</form>`);
    const before = readFindings(doc, 'schedule').find((f) => f.option === 'auto-recording');
    (before?.fix as HTMLElement).click();
    expect(readFindings(doc, 'schedule').find((f) => f.option === 'auto-recording')).toMatchObject({ value: 'local', compliant: true });
  });
});
