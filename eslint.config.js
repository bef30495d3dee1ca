import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers, and who may import whom (docs/live.md has the map):
//   lib/ → nothing · components/ → lib/ · platform/ → lib/ · content/ → components/, lib/, platform/
//   pages/ (extension pages' shared views) → components/, lib/, platform/
//   entrypoints/ → anything but another entrypoint. `tests/unit/architecture.test.ts` checks a
//   forbidden import fails.
const LAYERS = ['lib', 'components', 'platform', 'content', 'pages', 'entrypoints'];
/** Import patterns for every layer but the allowed ones, at any depth (`../../content/x` too). */
const OUTSIDE = (...allowed) => LAYERS.filter((l) => !allowed.includes(l)).flatMap((l) => [`**/${l}`, `**/${l}/**`]);
const BROWSER = ['wxt', 'wxt/**', '@webext-core/**'];
const UI = ['preact', 'preact/**'];
const layer = (message, group) => ({ group, message });

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
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('lib/ is pure: text in, report out', [...OUTSIDE('lib'), ...BROWSER, ...UI])] }],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage'],
    },
  },
  {
    // components/ is Preact UI over lib/'s types: what it shows comes in as props.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('components/ may import lib/ only', [...OUTSIDE('components', 'lib'), ...BROWSER])] }],
    },
  },
  {
    // platform/ wraps the extension's storage and messaging for everyone else.
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('platform/ may import lib/ only', OUTSIDE('platform', 'lib'))] }],
    },
  },
  {
    // content/ is the page side: DOM code that gets the extension's APIs passed in by entrypoints/.
    files: ['content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('content/ may import components/, lib/ and platform/', [...OUTSIDE('content', 'components', 'lib', 'platform'), ...BROWSER])] }],
    },
  },
  {
    // The start-up script runs in every frame of every page: nothing of live coaching, no UI
    // library, no storage (types are free: they leave no code behind).
    files: ['content/startup/**/*.ts', 'entrypoints/coach-start.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer('content/ may import components/, lib/ and platform/', [...OUTSIDE('content', 'components', 'lib', 'platform'), '@webext-core/**']),
            {
              ...layer('the start-up script must stay small: live coaching is imported on first use', [
                '**/live', '**/live/**', '**/gdocs/**', '!**/gdocs/docs-page', '**/components/**', '**/platform/**', '!**/platform/browser-differences', ...UI,
              ]),
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // pages/ holds the views several extension pages share (the popup's and side panel's scorecard).
    files: ['pages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('pages/ may import components/, lib/ and platform/', OUTSIDE('pages', 'components', 'lib', 'platform'))] }],
    },
  },
  {
    // An entrypoint wires the layers together; it never borrows another entrypoint's code.
    files: ['entrypoints/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.\\./)', message: 'Another entrypoint: move what both need into components/, pages/, content/ or platform/.' }] }],
    },
  },
  {
    // User text is always text: no HTML sinks in the extension's own code (tests and fixtures may
    // build DOM from HTML strings; they never run in the product).
    files: ['lib', 'content', 'components', 'pages', 'entrypoints', 'platform'].map((d) => `${d}/**/*.{ts,tsx}`),
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
