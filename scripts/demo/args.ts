/** `npm run demo -- [flags]`: command-line parsing (pure, unit-tested). */
import { ENFORCEMENT_MODES, type EnforcementMode } from '../../src/core/contract';
import { PROFILE_IDS, type ProfileId } from '../../src/policies/profiles';

export type DemoMode = 'auto' | 'interactive' | 'walk';

export interface DemoOptions {
  /** Institution profile (managed policy when root, else the user's option). */
  profile?: ProfileId;
  /** Enforcement for both services (managed policy only). */
  enforcement?: EnforcementMode;
  /** Browser UI language (Chromium `--lang`), which Vigie follows. */
  lang: 'fr' | 'en';
  /** `auto`: a window when a display is available, else the headless walk. */
  mode: DemoMode;
  /** Copy the README screenshots to docs/demo/ after the walk. */
  updateDocs: boolean;
  /** The unpacked build to load (relative to the repo): `dist` unless `--dist` or VIGIE_DIST say otherwise. */
  dist: string;
  /** Build before running (`--no-build` skips it). */
  build: boolean;
  /** Where the walk writes its screenshots and gallery. */
  outDir: string;
  /** Only these scenario ids (walk). */
  only: string[];
  help: boolean;
}

export class DemoArgsError extends Error {}

export const USAGE = `Usage: npm run demo -- [options]

Opens Chromium with Vigie on local replicas of Zoom and Discord (no account, no network).
With a display: a browser window on the demo's start page (close it or press Ctrl+C to stop).
Without a display (or --walk): walks every scenario headless, writes screenshots and a gallery.

Options:
  --profile <id>        institution profile: ${PROFILE_IDS.join(', ')}
  --enforcement <mode>  ${ENFORCEMENT_MODES.join(' | ')} for Zoom and Discord (managed policy: needs root on Linux)
  --lang <fr|en>        browser and Vigie language (default fr)
  --walk                walk the scenarios headless even when a display is available
  --interactive         open a window even without DISPLAY (fails if there is no display)
  --only <ids>          walk only these scenarios (comma-separated)
  --out <dir>           output folder of the walk (default demo-output)
  --update-docs         also copy the README screenshots to docs/demo/
  --dist <dir>          load this build instead of dist/ (also VIGIE_DIST)
  --no-build            do not build first
  -h, --help            this help`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DemoArgsError(`${flag}: unknown value "${value}" (expected one of: ${allowed.join(', ')})`);
}

const VALUE_FLAGS = new Set(['--profile', '--enforcement', '--lang', '--only', '--out', '--dist']);

export function parseDemoArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): DemoOptions {
  const options: DemoOptions = {
    lang: 'fr',
    mode: 'auto',
    updateDocs: false,
    dist: env.VIGIE_DIST || 'dist',
    build: true,
    outDir: 'demo-output',
    only: [],
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    let flag = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      flag = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    if (VALUE_FLAGS.has(flag) && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new DemoArgsError(`${flag} needs a value`);
      i++;
    } else if (!VALUE_FLAGS.has(flag) && value !== undefined) {
      throw new DemoArgsError(`${flag} takes no value`);
    }
    switch (flag) {
      case '--profile':
        options.profile = oneOf(flag, value as string, PROFILE_IDS);
        break;
      case '--enforcement':
        options.enforcement = oneOf(flag, value as string, ENFORCEMENT_MODES);
        break;
      case '--lang':
        options.lang = oneOf(flag, (value as string).toLowerCase(), ['fr', 'en'] as const);
        break;
      case '--only':
        options.only = (value as string).split(',').map((s) => s.trim()).filter(Boolean);
        if (!options.only.length) throw new DemoArgsError('--only needs at least one scenario id');
        break;
      case '--out':
        options.outDir = value as string;
        break;
      case '--dist':
        options.dist = value as string;
        break;
      case '--walk':
      case '--headless':
        if (options.mode === 'interactive') throw new DemoArgsError('--walk and --interactive exclude each other');
        options.mode = 'walk';
        break;
      case '--interactive':
      case '--headed':
        if (options.mode === 'walk') throw new DemoArgsError('--walk and --interactive exclude each other');
        options.mode = 'interactive';
        break;
      case '--update-docs':
        options.updateDocs = true;
        break;
      case '--no-build':
        options.build = false;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new DemoArgsError(`unknown option "${arg}" (see --help)`);
    }
  }
  return options;
}

/** The managed policy the options ask for, or undefined when the bundled defaults serve. */
export function demoPolicy(options: Pick<DemoOptions, 'profile' | 'enforcement'>): Record<string, unknown> | undefined {
  if (!options.profile && !options.enforcement) return undefined;
  return {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.enforcement ? { enforcement: { zoom: options.enforcement, discord: options.enforcement } } : {}),
  };
}
