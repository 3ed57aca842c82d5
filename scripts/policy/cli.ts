/**
 * `npm run policy -- validate <file>…` and `npm run policy -- export <file> [--out <dir>]`.
 * In-process entry (`runPolicyCli`) so the tests can drive it without a shell.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MANAGED_POLICY_KEYS, validateManagedPolicy } from '../../src/policies';
import type { Lang, PolicyProblem } from '../../src/policies/types';
import { exportOptionsFor, exportPolicy, type InstallOptions, type PolicyObject } from '../../src/policies/export';
import { isChromiumExtensionId, isGeckoId, readManifestIds, type ExtensionIds } from './ids';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

export const EXIT_OK = 0;
/** The configuration has errors (or cannot be read). */
export const EXIT_INVALID = 1;
/** The command line is wrong. */
export const EXIT_USAGE = 2;

const USAGE = `Utilisation / usage :
  npm run policy -- validate <fichier.json>… [--lang fr|en]
  npm run policy -- export <fichier.json> [--out <dossier>] [--chrome-id <id>] [--edge-id <id>] [--gecko-id <id>] [--lang fr|en]
        [--chrome-update-url <https://…>] [--edge-update-url <https://…>] [--xpi-url <https://…/vigie.xpi>]

Le fichier contient la politique gérée de Vigie : un objet JSON { "profile": "…", "enforcement": {…}, … }.
Un fichier Linux ({"3rdparty": {"extensions": {…}}}) ou un policies.json de Firefox est aussi accepté par « validate ».
Voir docs/deploy.md.`;

interface ParsedArgs {
  command: string | undefined;
  files: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set(['--out', '--chrome-id', '--edge-id', '--gecko-id', '--lang', '--chrome-update-url', '--edge-update-url', '--xpi-url']);

function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const rest = [...argv];
  const command = rest[0]?.startsWith('--') ? undefined : rest.shift();
  const files: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split('=', 2) as [string, string | undefined];
      if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) return `Option ${name} : valeur manquante.`;
        options.set(name, value);
      } else if (name === '--help') {
        flags.add(name);
      } else {
        return `Option inconnue : ${arg}`;
      }
    } else {
      files.push(arg);
    }
  }
  return { command, files, options, flags };
}

function msg(lang: Lang, fr: string, en: string): string {
  return lang === 'en' ? en : fr;
}

/* -------------------------------------------------------------------------------------------- *
 * Reading a policy file
 * -------------------------------------------------------------------------------------------- */

export interface ReadPolicy {
  /** The Vigie policy object to validate, when the file could be read. */
  raw: unknown;
  /** Problems found before validation (unreadable file, JSON syntax). */
  problems: PolicyProblem[];
  /** Notes (e.g. "read from 3rdparty.extensions.<id>"). */
  notes: string[];
}

function problem(path: string, message: { fr: string; en: string }, fix: { fr: string; en: string }): PolicyProblem {
  return { origin: 'managed', path, severity: 'error', message, fix };
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Unwraps the browsers' envelopes so an admin can validate the very file they deploy:
 * Linux/Chromium `{"3rdparty": {"extensions": {"<id>": …}}}` and Firefox `{"policies": {"3rdparty": {"Extensions": …}}}`.
 */
function unwrap(parsed: unknown, ids: ExtensionIds, notes: string[], lang: Lang): unknown {
  if (!isObject(parsed)) return parsed;
  let extensions: unknown;
  let where = '';
  let wanted = '';
  if (isObject(parsed['3rdparty'])) {
    extensions = parsed['3rdparty'].extensions;
    where = '3rdparty.extensions';
    wanted = ids.chrome;
  } else if (isObject(parsed.policies) && isObject(parsed.policies['3rdparty'])) {
    extensions = parsed.policies['3rdparty'].Extensions;
    where = 'policies.3rdparty.Extensions';
    wanted = ids.gecko;
  } else {
    return parsed;
  }
  if (!isObject(extensions)) return parsed;
  const id = wanted in extensions ? wanted : Object.keys(extensions).length === 1 ? (Object.keys(extensions)[0] as string) : undefined;
  if (id === undefined) return parsed;
  notes.push(msg(lang, `Politique lue dans ${where}["${id}"].`, `Policy read from ${where}["${id}"].`));
  if (id !== wanted) {
    notes.push(
      msg(
        lang,
        `Attention : l'identifiant « ${id} » n'est pas celui de Vigie (${wanted}) ; le navigateur n'appliquera pas cette politique à Vigie.`,
        `Warning: the id "${id}" is not Vigie's (${wanted}); the browser will not apply this policy to Vigie.`,
      ),
    );
  }
  return extensions[id];
}

export function readPolicyFile(file: string, ids: ExtensionIds, lang: Lang = 'fr'): ReadPolicy {
  const notes: string[] = [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      raw: undefined,
      notes,
      problems: [
        problem(
          '',
          { fr: `Impossible de lire le fichier ${file} (${reason}).`, en: `Cannot read ${file} (${reason}).` },
          { fr: 'Vérifiez le chemin et les droits du fichier.', en: 'Check the path and the file permissions.' },
        ),
      ],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const at = position ? lineColumn(text, Number(position[1])) : undefined;
    const where = at ? { fr: ` (ligne ${at.line}, colonne ${at.column})`, en: ` (line ${at.line}, column ${at.column})` } : { fr: '', en: '' };
    return {
      raw: undefined,
      notes,
      problems: [
        problem(
          '',
          { fr: `JSON invalide${where.fr} : ${detail}`, en: `Invalid JSON${where.en}: ${detail}` },
          {
            fr: 'Corrigez la syntaxe : guillemets droits "…" autour des clés et des textes, virgule entre les éléments, pas de virgule finale ni de commentaire.',
            en: 'Fix the syntax: straight double quotes "…" around keys and strings, commas between items, no trailing comma, no comments.',
          },
        ),
      ],
    };
  }
  return { raw: unwrap(parsed, ids, notes, lang), problems: [], notes };
}

/* -------------------------------------------------------------------------------------------- *
 * Reporting
 * -------------------------------------------------------------------------------------------- */

export function formatProblem(p: PolicyProblem, lang: Lang): string[] {
  const label = p.severity === 'error' ? msg(lang, 'ERREUR', 'ERROR') : msg(lang, 'AVERTISSEMENT', 'WARNING');
  const path = p.path === '' ? msg(lang, '(racine)', '(root)') : p.path;
  const colon = lang === 'fr' ? ' :' : ':';
  return [`  ${label}  ${path}${colon} ${p.message[lang]}`, `      ${msg(lang, 'Correction', 'Fix')}${colon} ${p.fix[lang]}`];
}

function summary(errors: number, warnings: number, lang: Lang): string {
  return msg(
    lang,
    `${errors} erreur(s), ${warnings} avertissement(s).`,
    `${errors} error(s), ${warnings} warning(s).`,
  );
}

interface Checked {
  raw: unknown;
  problems: PolicyProblem[];
  errors: number;
}

function checkFile(file: string, ids: ExtensionIds, lang: Lang, io: CliIo): Checked {
  const read = readPolicyFile(resolve(io.cwd, file), ids, lang);
  const problems = read.raw === undefined && read.problems.length > 0 ? read.problems : [...read.problems, ...validateManagedPolicy(read.raw).problems];
  if (read.raw === undefined && read.problems.length === 0) {
    problems.push(
      problem('', { fr: 'Le fichier ne contient aucune politique.', en: 'The file holds no policy.' }, { fr: 'Écrivez un objet JSON { "profile": "…", … }.', en: 'Write a JSON object { "profile": "…", … }.' }),
    );
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  io.out(`${file}`);
  for (const note of read.notes) io.out(`  ${note}`);
  for (const p of problems) for (const line of formatProblem(p, lang)) io.out(line);
  return { raw: read.raw, problems, errors };
}

/* -------------------------------------------------------------------------------------------- *
 * Commands
 * -------------------------------------------------------------------------------------------- */

function validateCommand(args: ParsedArgs, ids: ExtensionIds, lang: Lang, io: CliIo): number {
  if (args.files.length === 0) {
    io.err(msg(lang, 'validate : indiquez au moins un fichier.', 'validate: give at least one file.'));
    io.err(USAGE);
    return EXIT_USAGE;
  }
  let failed = false;
  for (const file of args.files) {
    const { problems, errors } = checkFile(file, ids, lang, io);
    const warnings = problems.length - errors;
    if (errors > 0) {
      failed = true;
      io.out(`  ✗ ${summary(errors, warnings, lang)} ${msg(lang, 'Les clés en erreur seraient ignorées par Vigie.', 'Keys in error would be ignored by Vigie.')}`);
    } else {
      io.out(`  ✓ ${msg(lang, 'Configuration valide.', 'Valid configuration.')} ${warnings > 0 ? summary(0, warnings, lang) : ''}`.trimEnd());
    }
  }
  return failed ? EXIT_INVALID : EXIT_OK;
}

function exportCommand(args: ParsedArgs, ids: ExtensionIds, lang: Lang, io: CliIo): number {
  if (args.files.length !== 1) {
    io.err(msg(lang, 'export : indiquez exactement un fichier.', 'export: give exactly one file.'));
    io.err(USAGE);
    return EXIT_USAGE;
  }
  const file = args.files[0] as string;
  const { raw, problems, errors } = checkFile(file, ids, lang, io);
  if (errors > 0 || !isObject(raw)) {
    io.out(`  ✗ ${summary(errors, problems.length - errors, lang)} ${msg(lang, 'Export refusé : corrigez les erreurs ci-dessus.', 'Export refused: fix the errors above.')}`);
    return EXIT_INVALID;
  }
  // Only the keys Vigie knows go into the policy files (browsers flag unknown keys as schema errors).
  const known = new Set<string>(MANAGED_POLICY_KEYS);
  const policy = Object.fromEntries(Object.entries(raw).filter(([key]) => known.has(key))) as PolicyObject;
  const dropped = Object.keys(raw).filter((key) => !known.has(key));
  if (dropped.length > 0) io.out(`  ${msg(lang, 'Clés inconnues non exportées', 'Unknown keys not exported')} : ${dropped.join(', ')}`);

  const install: InstallOptions = {};
  for (const [option, field] of [['--chrome-update-url', 'chromeUpdateUrl'], ['--edge-update-url', 'edgeUpdateUrl'], ['--xpi-url', 'firefoxInstallUrl']] as const) {
    const url = args.options.get(option);
    if (url === undefined) continue;
    if (!/^https:\/\/[^\s]+$/.test(url)) {
      io.err(msg(lang, `${option} : une adresse https:// est attendue (reçu : ${url}).`, `${option}: an https:// address is expected (got ${url}).`));
      return EXIT_USAGE;
    }
    install[field] = url;
  }
  const outDir = resolve(io.cwd, args.options.get('--out') ?? 'dist-policies');
  const files = exportPolicy(policy, ids, exportOptionsFor(policy, install));
  for (const f of files) {
    const target = join(outDir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  io.out(`  ✓ ${msg(lang, `${files.length} fichiers écrits dans`, `${files.length} files written to`)} ${outDir}`);
  for (const f of files) io.out(`    ${f.path}  —  ${f.where}`);
  if (ids.geckoFrom === 'default') {
    io.out(
      `  ${msg(
        lang,
        `Firefox : identifiant ${ids.gecko} (le manifeste n'en déclare pas) ; remplacez-le par --gecko-id si votre paquet Firefox en a un autre.`,
        `Firefox: id ${ids.gecko} (the manifest declares none); use --gecko-id if your Firefox package has another one.`,
      )}`,
    );
  }
  return EXIT_OK;
}

export function runPolicyCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  const langOption = typeof parsed === 'string' ? undefined : parsed.options.get('--lang');
  const lang: Lang = langOption === 'en' ? 'en' : 'fr';
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(USAGE);
    return EXIT_USAGE;
  }
  if (langOption !== undefined && langOption !== 'fr' && langOption !== 'en') {
    io.err(`--lang : fr ou en (reçu : ${langOption}).`);
    return EXIT_USAGE;
  }
  if (parsed.flags.has('--help') || parsed.command === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (parsed.command === undefined) {
    io.err(USAGE);
    return EXIT_USAGE;
  }

  let ids: ExtensionIds;
  try {
    ids = readManifestIds();
  } catch (error) {
    io.err(String(error));
    return EXIT_USAGE;
  }
  const chrome = parsed.options.get('--chrome-id');
  const edge = parsed.options.get('--edge-id');
  const gecko = parsed.options.get('--gecko-id');
  for (const [name, value] of [['--chrome-id', chrome], ['--edge-id', edge]] as const) {
    if (value !== undefined && !isChromiumExtensionId(value)) {
      io.err(msg(lang, `${name} : un identifiant d'extension fait 32 lettres de a à p (reçu : ${value}).`, `${name}: an extension id is 32 letters a–p (got ${value}).`));
      return EXIT_USAGE;
    }
  }
  if (gecko !== undefined && !isGeckoId(gecko)) {
    io.err(msg(lang, `--gecko-id : identifiant Firefox invalide (nom@domaine ou {GUID}) : ${gecko}`, `--gecko-id: invalid Firefox id (name@domain or {GUID}): ${gecko}`));
    return EXIT_USAGE;
  }
  if (chrome) ids = { ...ids, chrome, edge: edge ?? chrome };
  if (edge) ids = { ...ids, edge };
  if (gecko) ids = { ...ids, gecko, geckoFrom: 'option' };

  switch (parsed.command) {
    case 'validate':
      return validateCommand(parsed, ids, lang, io);
    case 'export':
      return exportCommand(parsed, ids, lang, io);
    default:
      io.err(msg(lang, `Commande inconnue : ${parsed.command}`, `Unknown command: ${parsed.command}`));
      io.err(USAGE);
      return EXIT_USAGE;
  }
}
