import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES_FILE, firstNames } from '../../../scripts/first-names';

describe('first names (scripts/first-names.ts)', () => {
  it('the shipped list is what the script derives from the package (run it after upgrading @faker-js/faker)', () => {
    expect(JSON.parse(readFileSync(FIRST_NAMES_FILE, 'utf8'))).toEqual(firstNames());
  });
  it('has today’s French names and leaves out common words', () => {
    const names = new Set(firstNames());
    for (const n of ['Léa', 'Jade', 'Yanis', 'Rayan', 'Mohamed', 'Kylian', 'Inès', 'Théo', 'Enzo', 'Noé']) expect(names.has(n), n).toBe(true);
    for (const w of ['Rose', 'Claire', 'Pierre', 'Elle', 'Grace', 'Will', 'Paris', 'Loan']) expect(names.has(w), w).toBe(false);
  });
});
