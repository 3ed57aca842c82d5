import { describe, expect, it } from 'vitest';
import { DemoArgsError, demoPolicy, parseDemoArgs } from '../../../scripts/demo/args';
import { PROFILE_IDS } from '../../../src/policies';

describe('npm run demo -- arguments', () => {
  it('has defaults that serve `npm run demo` on a fresh machine', () => {
    expect(parseDemoArgs([])).toEqual({
      lang: 'fr',
      mode: 'auto',
      updateDocs: false,
      dist: 'dist',
      build: true,
      outDir: 'demo-output',
      only: [],
      help: false,
    });
  });

  it('reads every flag, with a separate value or `=value`', () => {
    const options = parseDemoArgs([
      '--profile', 'ac-aix-marseille',
      '--enforcement=block',
      '--lang', 'EN',
      '--walk',
      '--only', 'signup-fr, discord-app',
      '--out=/tmp/x',
      '--update-docs',
      '--dist', 'dist-demo',
      '--no-build',
    ]);
    expect(options).toMatchObject({
      profile: 'ac-aix-marseille',
      enforcement: 'block',
      lang: 'en',
      mode: 'walk',
      only: ['signup-fr', 'discord-app'],
      outDir: '/tmp/x',
      updateDocs: true,
      dist: 'dist-demo',
      build: false,
    });
  });

  it('accepts every bundled profile', () => {
    for (const id of PROFILE_IDS) expect(parseDemoArgs(['--profile', id]).profile).toBe(id);
  });

  it('takes the build folder from VIGIE_DIST unless --dist says otherwise', () => {
    expect(parseDemoArgs([], { VIGIE_DIST: 'dist-x' }).dist).toBe('dist-x');
    expect(parseDemoArgs(['--dist', 'dist-y'], { VIGIE_DIST: 'dist-x' }).dist).toBe('dist-y');
    expect(parseDemoArgs([], { VIGIE_DIST: '' }).dist).toBe('dist');
  });

  it('knows --interactive, --help and the aliases', () => {
    expect(parseDemoArgs(['--interactive']).mode).toBe('interactive');
    expect(parseDemoArgs(['--headed']).mode).toBe('interactive');
    expect(parseDemoArgs(['--headless']).mode).toBe('walk');
    expect(parseDemoArgs(['-h']).help).toBe(true);
    expect(parseDemoArgs(['--help']).help).toBe(true);
  });

  it.each([
    [['--profile', 'sorbonne'], /--profile: unknown value "sorbonne".*default, ehesp, grenoble-inp, ac-aix-marseille/],
    [['--enforcement', 'forbid'], /--enforcement: unknown value "forbid".*inform, warn, block/],
    [['--lang', 'de'], /--lang: unknown value "de"/],
    [['--profile'], /--profile needs a value/],
    [['--profile', '--walk'], /--profile needs a value/],
    [['--walk=yes'], /--walk takes no value/],
    [['--walk', '--interactive'], /exclude each other/],
    [['--only', ' , '], /--only needs at least one scenario id/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['ac-aix-marseille'], /unknown option "ac-aix-marseille"/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseDemoArgs(argv)).toThrow(DemoArgsError);
    expect(() => parseDemoArgs(argv)).toThrow(message);
  });
});

describe('the managed policy the demo writes', () => {
  it('is none without --profile or --enforcement', () => {
    expect(demoPolicy({})).toBeUndefined();
  });

  it('sets the profile and the same enforcement for both services', () => {
    expect(demoPolicy({ profile: 'ac-aix-marseille', enforcement: 'block' })).toEqual({
      profile: 'ac-aix-marseille',
      enforcement: { zoom: 'block', discord: 'block' },
    });
    expect(demoPolicy({ profile: 'ehesp' })).toEqual({ profile: 'ehesp' });
    expect(demoPolicy({ enforcement: 'inform' })).toEqual({ enforcement: { zoom: 'inform', discord: 'inform' } });
  });
});
