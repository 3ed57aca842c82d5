/**
 * Group Policy administrative templates (ADMX + ADML fr-FR / en-US) for Vigie's extension policy, one
 * pair per browser (Chrome, Edge), generated from managed_schema.json: every key is a policy, objects of
 * scalars (`enforcement`, `dpoContact`) a subcategory with a policy per property. The values are written
 * exactly as the `.reg` export writes them (registry.ts), so a GPO and a `.reg` are interchangeable.
 * No dependency on Windows' own templates (no `using` namespace): the files can be imported alone
 * (central store, Intune "Import ADMX").
 */
import { PROFILES, PROFILE_IDS, type ProfileId } from '../profiles';
import type { Lang } from '../types';
import { policyLeaves, groupedKeys, MANAGED_SCHEMA, type PolicyLeaf, type SchemaNode } from './schema';
import { KEY_TEXTS, VALUE_TEXTS, keyText } from './texts';
import { BROWSER_LABELS, registryPath, type ChromiumBrowser } from './types';

export const ADMX_REVISION = '1.0';
const PD_NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

export const ADML_LANGS: ReadonlyArray<{ folder: string; lang: Lang }> = [
  { folder: 'fr-FR', lang: 'fr' },
  { folder: 'en-US', lang: 'en' },
];

export function admxBaseName(browser: ChromiumBrowser): string {
  return `vigie-${browser}`;
}

export function admxNamespace(browser: ChromiumBrowser): string {
  return browser === 'chrome' ? 'Vigie.Policies.Chrome' : 'Vigie.Policies.Edge';
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ADMX names: letters, digits, underscores. */
export function leafName(leaf: PolicyLeaf): string {
  return leaf.path.join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

function valueId(leaf: PolicyLeaf, value: unknown): string {
  return `${leafName(leaf)}_${String(value).replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Registry key (below the hive) a leaf's value goes to, and the value's name. */
export function leafLocation(leaf: PolicyLeaf, browser: ChromiumBrowser, extensionId: string): { key: string; valueName: string } {
  const base = registryPath(browser, extensionId);
  const name = leaf.path[leaf.path.length - 1] as string;
  if (leaf.kind === 'list') return { key: `${base}\\${leaf.path.join('\\')}`, valueName: '' };
  const parents = leaf.path.slice(0, -1);
  return { key: [base, ...parents].join('\\'), valueName: name };
}

function categoryOf(leaf: PolicyLeaf): string {
  return leaf.path.length > 1 ? `Vigie_${leaf.path[0]}` : 'Vigie';
}

function textMaxLength(leaf: PolicyLeaf): number {
  return leaf.kind === 'json' ? 1000000 : 2048;
}

function element(leaf: PolicyLeaf, browser: ChromiumBrowser, extensionId: string): string[] {
  const id = leafName(leaf);
  const { key, valueName } = leafLocation(leaf, browser, extensionId);
  switch (leaf.kind) {
    case 'boolean':
      return [];
    case 'integer': {
      const min = leaf.node.minimum ?? 0;
      const max = leaf.node.maximum ?? 4294967295;
      return [`        <decimal id="${id}" valueName="${xml(valueName)}" minValue="${min}" maxValue="${max}" required="true"/>`];
    }
    case 'enum':
      return [
        `        <enum id="${id}" valueName="${xml(valueName)}" required="true">`,
        ...(leaf.node.enum ?? []).map(
          (value) => `          <item displayName="$(string.${valueId(leaf, value)})"><value><string>${xml(String(value))}</string></value></item>`,
        ),
        '        </enum>',
      ];
    case 'list':
      return [`        <list id="${id}" key="${xml(key)}" valuePrefix=""/>`];
    case 'text':
    case 'json':
      return [`        <text id="${id}" valueName="${xml(valueName)}" maxLength="${textMaxLength(leaf)}" required="true"/>`];
  }
}

/** The ADMX file (language-neutral) for one browser. */
export function toAdmx(browser: ChromiumBrowser, extensionId: string, schema: SchemaNode = MANAGED_SCHEMA): string {
  const leaves = policyLeaves(schema);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Vigie — ${BROWSER_LABELS[browser]}, extension ${extensionId}. Généré depuis managed_schema.json (commande export de npm run policy, ou page Administration). -->`,
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="${PD_NS}">`,
    '  <policyNamespaces>',
    `    <target prefix="vigie_${browser}" namespace="${admxNamespace(browser)}"/>`,
    '  </policyNamespaces>',
    `  <resources minRequiredRevision="${ADMX_REVISION}"/>`,
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_VIGIE" displayName="$(string.SUPPORTED_VIGIE)"/>',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    '    <category name="Vigie" displayName="$(string.Vigie)"/>',
    ...groupedKeys(schema).map(
      (key) => `    <category name="Vigie_${key}" displayName="$(string.Vigie_${key})"><parentCategory ref="Vigie"/></category>`,
    ),
    '  </categories>',
    '  <policies>',
  ];
  for (const leaf of leaves) {
    const name = leafName(leaf);
    const { key, valueName } = leafLocation(leaf, browser, extensionId);
    const hasElements = leaf.kind !== 'boolean';
    const attrs = [
      `name="${name}"`,
      'class="Both"',
      `displayName="$(string.${name})"`,
      `explainText="$(string.${name}_Explain)"`,
      ...(hasElements ? [`presentation="$(presentation.${name})"`] : []),
      `key="${xml(key)}"`,
      ...(leaf.kind === 'boolean' ? [`valueName="${xml(valueName)}"`] : []),
    ];
    lines.push(`    <policy ${attrs.join(' ')}>`, `      <parentCategory ref="${categoryOf(leaf)}"/>`, '      <supportedOn ref="SUPPORTED_VIGIE"/>');
    if (leaf.kind === 'boolean') {
      lines.push('      <enabledValue><decimal value="1"/></enabledValue>', '      <disabledValue><decimal value="0"/></disabledValue>');
    } else {
      lines.push('      <elements>', ...element(leaf, browser, extensionId), '      </elements>');
    }
    lines.push('    </policy>');
  }
  lines.push('  </policies>', '</policyDefinitions>', '');
  return lines.join('\r\n');
}

const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  fr: { boolean: 'booléen', integer: 'entier', enum: 'chaîne (liste de valeurs)', text: 'chaîne', list: 'liste de chaînes', json: 'texte JSON' },
  en: { boolean: 'boolean', integer: 'integer', enum: 'string (list of values)', text: 'string', list: 'list of strings', json: 'JSON text' },
};

function valueLabel(leaf: PolicyLeaf, value: unknown, lang: Lang): string {
  if (leaf.path[0] === 'profile' && (PROFILE_IDS as readonly unknown[]).includes(value)) {
    return `${String(value)} — ${PROFILES[value as ProfileId].name[lang]}`;
  }
  return VALUE_TEXTS[String(value)]?.[lang] ?? String(value);
}

/** The explain text: the meaning, then what the schema allows and where the value goes. */
function explain(leaf: PolicyLeaf, browser: ChromiumBrowser, extensionId: string, lang: Lang): string {
  const path = leaf.path.join('.');
  const text = keyText(path, lang, leaf.node);
  const { key, valueName } = leafLocation(leaf, browser, extensionId);
  const fr = lang === 'fr';
  const parts = [text.explain];
  const allowed = leaf.node.enum ?? (leaf.kind === 'list' ? leaf.node.items?.enum : undefined);
  if (allowed) parts.push(`${fr ? 'Valeurs possibles : ' : 'Allowed values: '}${allowed.join(', ')}.`);
  if (leaf.node.minimum !== undefined || leaf.node.maximum !== undefined) {
    parts.push(fr ? `De ${leaf.node.minimum ?? 0} à ${leaf.node.maximum ?? '∞'}.` : `From ${leaf.node.minimum ?? 0} to ${leaf.node.maximum ?? '∞'}.`);
  }
  if (leaf.kind === 'boolean') {
    parts.push(fr ? 'Activé = true, Désactivé = false, Non configuré = valeur du profil.' : 'Enabled = true, Disabled = false, Not configured = the profile’s value.');
  } else {
    parts.push(fr ? 'Non configuré ou Désactivé : la valeur du profil s’applique.' : 'Not configured or Disabled: the profile’s value applies.');
  }
  const where =
    leaf.kind === 'list'
      ? `HKLM|HKCU\\${key} (REG_SZ "1", "2"…)`
      : `HKLM|HKCU\\${key}, ${valueName} (${leaf.kind === 'boolean' || leaf.kind === 'integer' ? 'REG_DWORD' : 'REG_SZ'})`;
  parts.push(
    fr
      ? `Clé de politique Vigie : ${path} — ${TYPE_WORDS.fr[leaf.kind]}. Registre : ${where}.`
      : `Vigie policy key: ${path} — ${TYPE_WORDS.en[leaf.kind]}. Registry: ${where}.`,
  );
  return parts.join('\n\n');
}

function presentation(leaf: PolicyLeaf, lang: Lang): string[] {
  const name = leafName(leaf);
  const label = xml(keyText(leaf.path.join('.'), lang, leaf.node).title);
  switch (leaf.kind) {
    case 'boolean':
      return [];
    case 'integer':
      return [`        <presentation id="${name}"><decimalTextBox refId="${name}">${label}</decimalTextBox></presentation>`];
    case 'enum':
      return [`        <presentation id="${name}"><dropdownList refId="${name}" noSort="true">${label}</dropdownList></presentation>`];
    case 'list':
      return [`        <presentation id="${name}"><listBox refId="${name}">${label}</listBox></presentation>`];
    case 'text':
    case 'json':
      return [`        <presentation id="${name}"><textBox refId="${name}"><label>${label}</label></textBox></presentation>`];
  }
}

/** The ADML (strings and presentations) for one browser and language. */
export function toAdml(browser: ChromiumBrowser, extensionId: string, lang: Lang, schema: SchemaNode = MANAGED_SCHEMA): string {
  const leaves = policyLeaves(schema);
  const fr = lang === 'fr';
  const strings: [string, string][] = [
    ['Vigie', `Vigie (${BROWSER_LABELS[browser]})`],
    ['SUPPORTED_VIGIE', fr ? `${BROWSER_LABELS[browser]} avec l’extension Vigie (${extensionId})` : `${BROWSER_LABELS[browser]} with the Vigie extension (${extensionId})`],
    ...groupedKeys(schema).map((key): [string, string] => [`Vigie_${key}`, keyText(key, lang, schema.properties?.[key]).title]),
  ];
  for (const leaf of leaves) {
    const name = leafName(leaf);
    strings.push([name, keyText(leaf.path.join('.'), lang, leaf.node).title], [`${name}_Explain`, explain(leaf, browser, extensionId, lang)]);
    if (leaf.kind === 'enum') for (const value of leaf.node.enum ?? []) strings.push([valueId(leaf, value), valueLabel(leaf, value, lang)]);
  }
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="${PD_NS}">`,
    `  <displayName>${xml(fr ? `Vigie — politique de l’extension pour ${BROWSER_LABELS[browser]}` : `Vigie — extension policy for ${BROWSER_LABELS[browser]}`)}</displayName>`,
    `  <description>${xml(fr ? 'Réglages de l’extension Vigie (protection des données sur Zoom et Discord).' : 'Settings of the Vigie extension (data protection on Zoom and Discord).')}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...leaves.flatMap((leaf) => presentation(leaf, lang)),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ];
  return lines.join('\r\n');
}

/** Keys of the schema that have no French/English text of their own (the generator then uses the schema's). */
export function keysWithoutTexts(schema: SchemaNode = MANAGED_SCHEMA): string[] {
  const paths = [...groupedKeys(schema), ...policyLeaves(schema).map((l) => l.path.join('.'))];
  return paths.filter((p) => !KEY_TEXTS[p]);
}
