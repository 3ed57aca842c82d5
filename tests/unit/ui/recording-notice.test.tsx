// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import '../../../src/i18n/full';
import { RecordingNotice } from '../../../src/ui/RecordingNotice';

/** Issue 14: the recording notice (seed 002: purpose, access, retention, said aloud), filled in and copied, never stored. */

let mount: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  mount = document.createElement('div');
  document.body.append(mount);
});

const flush = () => new Promise((r) => setTimeout(r, 0));

function fill(label: number, value: string): void {
  const input = mount.querySelectorAll('input')[label] as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('RecordingNotice', () => {
  it('starts with three blanks, in the UI language', () => {
    render(<RecordingNotice lang="fr" />, mount);
    expect(mount.querySelectorAll('input')).toHaveLength(3);
    const text = mount.querySelector('.notice-text')?.textContent ?? '';
    expect(text).toContain('Finalité : …');
    expect(text).toContain('accessible à : …');
  });

  it('puts what the host types into the notice, in French or in English', async () => {
    render(<RecordingNotice lang="fr" />, mount);
    fill(0, 'permettre aux absents de revoir le cours');
    fill(1, 'les élèves de la classe');
    fill(2, 'un mois');
    await flush();
    const fr = mount.querySelector('.notice-text')?.textContent ?? '';
    expect(fr).toContain('Finalité : permettre aux absents de revoir le cours.');
    expect(fr).toContain('accessible à : les élèves de la classe.');
    expect(fr).toContain('conservé un mois');
    const select = mount.querySelector('select') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    const en = mount.querySelector('.notice-text');
    expect(en?.getAttribute('lang')).toBe('en');
    expect(en?.textContent).toContain('Purpose: permettre aux absents de revoir le cours.');
  });

  it('copies the notice', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => ((copied = t), Promise.resolve()) } });
    render(<RecordingNotice lang="en" />, mount);
    fill(2, 'two weeks');
    await flush();
    (mount.querySelector('button') as HTMLButtonElement).click();
    await flush();
    expect(copied).toContain('kept for two weeks');
    expect(mount.querySelector('[role="status"]')?.textContent).toContain('Notice copied');
  });
});
