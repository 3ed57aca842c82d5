import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// No HTML strings and no code strings: Vigie runs inside third-party pages and must
// never turn page or policy data into markup or code.
const forbiddenSinks = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'innerHTML is forbidden: build DOM nodes (Preact) instead.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'outerHTML is forbidden.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is forbidden.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is forbidden.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='Literal']", message: 'String timers are forbidden.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'coverage/**', 'tests/e2e/.tmp/**', 'packages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...forbiddenSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
