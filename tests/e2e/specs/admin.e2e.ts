import { browser, expect, $ } from '@wdio/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runPolicyCli } from '../../../scripts/policy/cli';
import { formatViolations, runAxe } from '../support/axe';
import { extensionPage } from '../support/vigie';

/**
 * The administration page (policy editor): filled with the keyboard, it gives no axe violation, and every file
 * it offers for download is byte for byte the file `npm run policy -- export` writes for the same policy.
 */
const ADMIN = 'src/admin/index.html';
const OPTIONS = 'src/options/index.html';

async function focusedId(): Promise<string> {
  return browser.execute(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.id || el?.getAttribute('data-vigie-item-add') || el?.getAttribute('data-vigie-admin-start') || el?.tagName || '';
  });
}

/** Presses Tab until the element with this id (or data attribute) has the focus. */
async function tabTo(target: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedId()) === target) return;
    await browser.keys(['Tab']);
  }
  throw new Error(`${target} not reached with Tab`);
}

/** Types into the focused field (replacing its text), then leaves it with Tab (the change is committed). */
async function typeHere(text: string): Promise<void> {
  await browser.keys(['Control', 'a']);
  await browser.keys(['Backspace']);
  await browser.keys([...text]);
  await browser.keys(['Tab']);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('Administration page (policy editor)', () => {
  it('is linked from the options page', async () => {
    await browser.url(extensionPage(OPTIONS));
    const link = await $('[data-vigie-admin-link]');
    await link.waitForExist({ timeout: 5000 });
    await link.click();
    await $('[data-vigie-admin-form]').waitForExist({ timeout: 5000 });
    expect(await browser.getUrl()).toBe(extensionPage(ADMIN));
  });

  it('is filled with the keyboard, shows no axe violation, and its downloads equal the CLI’s files byte for byte', async () => {
    await browser.url(extensionPage(ADMIN));
    await $('[data-vigie-admin-form]').waitForExist({ timeout: 5000 });
    expect(formatViolations(await runAxe())).toBe('');

    // Start from the Aix-Marseille profile (keyboard: the select, then Enter on the button).
    await tabTo('admin-start-profile');
    await $('#admin-start-profile').selectByAttribute('value', 'ac-aix-marseille');
    await tabTo('admin-start-profile');
    await browser.keys(['Tab']);
    expect(await focusedId()).toBe('BUTTON');
    await browser.keys(['Enter']);
    await browser.waitUntil(async () => (await $('[data-vigie-admin-json]').getText()).includes('"ac-aix-marseille"'), { timeout: 5000 });

    await tabTo('f-institutionName');
    await typeHere('Lycée « Marcel Pagnol »');
    await tabTo('f-acknowledgementTtlHours');
    await typeHere('72');
    // Two alternatives, the second moved up.
    for (const [id, name] of [
      ['visio-lycee', 'Visio du lycée'],
      ['tchat-ent', 'Messagerie de l’ENT'],
    ] as const) {
      await tabTo('alternatives');
      await browser.keys(['Enter']);
      const index = (await browser.execute(() => document.querySelectorAll('[data-vigie-item]').length)) - 1;
      await tabTo(`f-alternatives-${index}-id`);
      await typeHere(id);
      expect(await focusedId()).toBe(`f-alternatives-${index}-name`);
      await typeHere(name);
      expect(await focusedId()).toBe(`f-alternatives-${index}-url`);
      await typeHere(`https://${id}.example.fr/`);
      expect(await focusedId()).toBe(`f-alternatives-${index}-purpose-fr`);
      await typeHere('Réunions');
    }
    await browser.execute(() => (document.querySelector('[data-vigie-item-up="1"]') as HTMLElement).focus());
    await browser.keys(['Enter']);
    const json = JSON.parse(await $('[data-vigie-admin-json]').getText()) as Record<string, unknown>;
    expect(json).toMatchObject({
      profile: 'ac-aix-marseille',
      institutionName: 'Lycée « Marcel Pagnol »',
      acknowledgementTtlHours: 72,
      alternatives: [
        { id: 'tchat-ent', name: 'Messagerie de l’ENT', url: 'https://tchat-ent.example.fr/', purpose: { fr: 'Réunions' } },
        { id: 'visio-lycee', name: 'Visio du lycée', url: 'https://visio-lycee.example.fr/', purpose: { fr: 'Réunions' } },
      ],
    });
    await expect($('[data-vigie-admin-errors]')).toHaveAttribute('data-vigie-admin-errors', '0');
    // The preview shows the edited policy (the popup names the institution).
    await expect($('[data-vigie-admin-preview]')).toHaveText(expect.stringContaining('Marcel Pagnol'));
    expect(formatViolations(await runAxe())).toBe('');

    // Every download, as bytes: capture the blobs the page hands to the browser.
    await browser.execute(() => {
      const w = window as unknown as { __blobs: Blob[] };
      w.__blobs = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        w.__blobs.push(blob as Blob);
        return original(blob);
      };
    });
    const paths = await browser.execute(() => Array.from(document.querySelectorAll('[data-vigie-download]')).map((b) => b.getAttribute('data-vigie-download') as string));
    const downloads = new Map<string, Buffer>();
    for (const path of paths) {
      await browser.execute((p: string) => (document.querySelector(`[data-vigie-download="${p}"]`) as HTMLButtonElement).click(), path);
      const base64 = await browser.executeAsync((done: (b64: string) => void) => {
        const blobs = (window as unknown as { __blobs: Blob[] }).__blobs;
        void (blobs[blobs.length - 1] as Blob).arrayBuffer().then((buffer) => {
          let binary = '';
          for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
          done(btoa(binary));
        });
      });
      downloads.set(path, Buffer.from(base64, 'base64'));
    }

    const dir = mkdtempSync(join(tmpdir(), 'vigie-admin-e2e-'));
    try {
      const policyFile = join(dir, 'vigie-policy.json');
      writeFileSync(policyFile, downloads.get('vigie-policy.json') as Buffer);
      const out = join(dir, 'out');
      const lines: string[] = [];
      const code = runPolicyCli(['export', policyFile, '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: dir });
      expect({ code, lines }).toMatchObject({ code: 0 });
      const cliFiles = walk(out).map((f) => relative(out, f).split('\\').join('/')).sort();
      const pageFiles = [...downloads.keys()].filter((p) => p !== 'vigie-policy.json').sort();
      expect(pageFiles).toEqual(cliFiles);
      expect(cliFiles.length).toBeGreaterThan(20);
      for (const path of cliFiles) {
        expect({ path, same: readFileSync(join(out, path)).equals(downloads.get(path) as Buffer) }).toEqual({ path, same: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
