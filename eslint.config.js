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
);
