import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'coverage/', 'tests/fixtures/pages/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', document: 'readonly', window: 'readonly',
        location: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly',
        URLSearchParams: 'readonly', navigator: 'readonly', performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is pure: no browser, no DOM, no extension APIs.
    files: ['lib/**/*.ts'],
    ignores: ['lib/messaging.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'wxt', '../content/*', '../platform/*', '../components/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage'],
    },
  },
  {
    // User text is always text: no HTML sinks in the extension's own code (tests and fixtures may
    // build DOM from HTML strings; they never run in the product).
    files: ['lib/**', 'content/**', 'components/**', 'entrypoints/**', 'platform/**'].map((d) => `${d}/*.{ts,tsx}`),
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent or DOM nodes: user text must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Use textContent or DOM nodes: user text must never be parsed as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Use insertAdjacentText or DOM nodes: user text must never be parsed as HTML.' },
        { property: 'createContextualFragment', message: 'Build DOM nodes: user text must never be parsed as HTML.' },
        { object: 'document', property: 'write', message: 'Build DOM nodes: user text must never be parsed as HTML.' },
        { object: 'document', property: 'writeln', message: 'Build DOM nodes: user text must never be parsed as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as children: user text must never be parsed as HTML.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render text as children: user text must never be parsed as HTML.' },
      ],
    },
  },
);
