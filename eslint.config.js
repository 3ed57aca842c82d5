import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// No HTML strings and no code strings: Vigie runs inside third-party pages and must
// never turn page or policy data into markup or code. Each selector is exercised by
// tests/unit/security/eslint-sinks.test.ts, so a rule that stops matching fails the tests.
const HTML_PROPERTIES = '/^(innerHTML|outerHTML|srcdoc)$/';
const HTML_METHODS = '/^(insertAdjacentHTML|setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)$/';
const DOCUMENT_OBJECT = "[callee.object.type='Identifier'][callee.object.name=/^(document|doc)$/]";
const DOCUMENT_MEMBER = "[callee.object.type='MemberExpression'][callee.object.property.name=/^(document|ownerDocument)$/]";
const TIMERS = '/^(setTimeout|setInterval)$/';
const GLOBAL_OBJECTS = '/^(window|self|globalThis|global)$/';

const htmlSinks = [
  { selector: `AssignmentExpression[left.property.name=${HTML_PROPERTIES}]`, message: 'innerHTML/outerHTML/srcdoc are forbidden: build DOM nodes (Preact) instead.' },
  { selector: `AssignmentExpression[left.computed=true][left.property.value=${HTML_PROPERTIES}]`, message: 'innerHTML/outerHTML/srcdoc are forbidden: build DOM nodes (Preact) instead.' },
  { selector: `Property[key.name=${HTML_PROPERTIES}]`, message: 'innerHTML/outerHTML/srcdoc are forbidden, also as an object key (Object.assign, props).' },
  { selector: `Property[key.value=${HTML_PROPERTIES}]`, message: 'innerHTML/outerHTML/srcdoc are forbidden, also as an object key (Object.assign, props).' },
  { selector: `JSXAttribute[name.name=/^(dangerouslySetInnerHTML|innerHTML|outerHTML|srcdoc)$/]`, message: 'HTML-string props are forbidden: render elements instead.' },
  { selector: `CallExpression[callee.property.name=${HTML_METHODS}]`, message: 'HTML-string parsing methods (insertAdjacentHTML, setHTMLUnsafe, createContextualFragment) are forbidden.' },
  { selector: `CallExpression[callee.computed=true][callee.property.value=${HTML_METHODS}]`, message: 'HTML-string parsing methods (insertAdjacentHTML, setHTMLUnsafe, createContextualFragment) are forbidden.' },
  { selector: `CallExpression[callee.property.name=/^(write|writeln)$/]${DOCUMENT_OBJECT}`, message: 'document.write is forbidden.' },
  { selector: `CallExpression[callee.property.name=/^(write|writeln)$/]${DOCUMENT_MEMBER}`, message: 'document.write is forbidden.' },
];
const codeSinks = [
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
  { selector: `NewExpression[callee.property.name='Function'][callee.object.name=${GLOBAL_OBJECTS}]`, message: 'new Function is forbidden.' },
  // Timers take a function, never a string (a string is evaluated as code). Literals, template literals
  // and concatenations are caught here; `no-implied-eval` covers the same for window./globalThis. calls.
  { selector: `CallExpression[callee.name=${TIMERS}][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`, message: 'String timers are forbidden: pass a function.' },
  { selector: `CallExpression[callee.property.name=${TIMERS}][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`, message: 'String timers are forbidden: pass a function.' },
];
export const forbiddenSinks = [...htmlSinks, ...codeSinks];

// Vigie sends nothing (SPEC, docs/privacy.md): the extension's own code has no network API at all.
// tests/e2e/specs/network-guard.e2e.ts checks the same thing at run time.
const NETWORK_MESSAGE = 'Vigie sends nothing: no network API in the extension (bundle data with `import`).';
export const networkGlobals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection'].map((name) => ({
  name,
  message: NETWORK_MESSAGE,
}));
export const networkProperties = [
  { object: 'navigator', property: 'sendBeacon', message: NETWORK_MESSAGE },
  ...['window', 'self', 'globalThis'].flatMap((object) =>
    ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((property) => ({ object, property, message: NETWORK_MESSAGE })),
  ),
];

// The page cannot drive Vigie: the content script (and the in-page UI) listens to no message from the page
// (`postMessage`, channels) and to no event whose name the page could make up (custom or computed names).
// Standard DOM events stay (input, change, click, submit, load…): they are how Vigie sees what a person does.
const PAGE_CHANNEL_MESSAGE = 'The page cannot drive Vigie: no message listener and no custom or computed event name in the content script.';
export const pageChannels = [
  { selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.type='Literal'][arguments.0.value=/^(message|messageerror)$|:|vigie/i]", message: PAGE_CHANNEL_MESSAGE },
  { selector: "CallExpression[callee.property.name='addEventListener'][arguments.0.type!='Literal']", message: PAGE_CHANNEL_MESSAGE },
  { selector: 'AssignmentExpression[left.property.name=/^on(message|messageerror)$/]', message: PAGE_CHANNEL_MESSAGE },
  { selector: "NewExpression[callee.name=/^(BroadcastChannel|MessageChannel)$/]", message: PAGE_CHANNEL_MESSAGE },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'demo-output/**', 'coverage/**', 'tests/e2e/.tmp/**', 'packages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...forbiddenSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    rules: {
      // (tests feed `javascript:` URLs to the validators on purpose: this one is for the extension only)
      'no-script-url': 'error',
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-properties': ['error', ...networkProperties],
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...forbiddenSinks, ...pageChannels] },
  },
  {
    // Unit tests write fixture markup for happy-dom as HTML strings (constant, never page data); code
    // strings stay forbidden there too.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...codeSinks] },
  },
);
