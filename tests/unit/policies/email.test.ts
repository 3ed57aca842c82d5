import { describe, expect, it } from 'vitest';
import { classifyEmailDomain, isPersonalWebmail } from '../../../src/policies';

describe('classifyEmailDomain', () => {
  const personal = [
    'gmail.com', 'googlemail.com', 'hotmail.fr', 'hotmail.com', 'outlook.fr', 'outlook.com', 'live.fr', 'live.com',
    'msn.com', 'yahoo.fr', 'yahoo.com', 'ymail.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr',
    'laposte.net', 'bbox.fr', 'aol.com', 'aol.fr', 'icloud.com', 'me.com', 'gmx.fr', 'gmx.com', 'gmx.de', 'proton.me',
    'protonmail.com', 'tutanota.com', 'yandex.ru', 'yandex.com', 'yandex.kz', 'mail.com', 'numericable.fr',
    'club-internet.fr', 'aliceadsl.fr', 'outlook.be', 'hotmail.co.uk', 'yahoo.co.uk', 'GMAIL.COM', ' Orange.fr ', 'gmail.com.',
  ];
  it.each(personal)('%s is a personal webmail', (d) => {
    expect(classifyEmailDomain(d, [])).toBe('personal');
    expect(classifyEmailDomain(d, ['ac-aix-marseille.fr'])).toBe('personal');
    expect(isPersonalWebmail(d)).toBe(true);
  });

  const ok: [string, string[]][] = [
    ['ac-aix-marseille.fr', []],
    ['grenoble-inp.fr', []],
    ['univ-exemple.fr', []],
    ['ac-aix-marseille.fr', ['ac-aix-marseille.fr']],
    ['lyc-exemple.ac-aix-marseille.fr', ['ac-aix-marseille.fr']],
    ['AC-AIX-MARSEILLE.FR', ['ac-aix-marseille.fr']],
    ['etu.grenoble-inp.fr', ['Grenoble-INP.fr', 'grenoble-inp.org']],
    ['', ['ac-aix-marseille.fr']],
    ['freemail.fr.example', []], // not free.fr
    ['notgmail.com', []],
    ['outlookconsulting.fr', []],
  ];
  it.each(ok)('%s with %j is ok', (d, inst) => expect(classifyEmailDomain(d, inst)).toBe('ok'));

  const outside: [string, string[]][] = [
    ['univ-exemple.fr', ['ac-aix-marseille.fr']],
    ['evilac-aix-marseille.fr', ['ac-aix-marseille.fr']],
    ['ac-aix-marseille.fr.evil.com', ['ac-aix-marseille.fr']],
  ];
  it.each(outside)('%s with %j is outside the institution', (d, inst) =>
    expect(classifyEmailDomain(d, inst)).toBe('outside-institution'),
  );

  it('only looks at the domain part if given a whole address', () => {
    expect(classifyEmailDomain('prenom.nom@gmail.com', [])).toBe('personal');
  });
});
