// Lint for the whole project: type-aware TypeScript rules, the rules of hooks, and
// accessibility rules for JSX, with zero warnings (`npm run lint`, part of `npm test`).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Data reaches the page as text, never as markup, and nothing is evaluated. */
const AS_TEXT = 'Data is rendered as text, never as HTML.';

/** An embedded page posts messages to its host and compares windows with it; it never reaches into it. */
const HOST_BY_MESSAGE = 'An embed talks to its host only by postMessage to window.parent.';
/** `window.parent`, written either way. */
const HOST_WINDOW = "[object.name='window'][property.name='parent']:not([computed=true]), [object.name='window'][property.value='parent']";

export default tseslint.config(
  { ignores: ['dist/', 'dist-offline/', 'playwright-report/', 'test-results/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // A leading underscore marks a value left out on purpose (`{ text: _text, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  jsxA11y.flatConfigs.recommended,
  {
    rules: {
      // Focusable without being a control: a box that scrolls (a named region, as axe's
      // scrollable-region-focusable asks) and the timeline, one keyboard stop taking the arrow keys (a group).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region', 'group'], tags: [] }],
    },
  },
  {
    // The shipped code: what the app and the embed loader (src/embed/loader) must never do.
    files: ['src/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: AS_TEXT },
        { property: 'outerHTML', message: AS_TEXT },
        { property: 'insertAdjacentHTML', message: AS_TEXT },
        { object: 'document', property: 'write', message: AS_TEXT },
        { object: 'window', property: 'top', message: HOST_BY_MESSAGE },
      ],
      'no-restricted-globals': ['error', { name: 'parent', message: `Write window.parent. ${HOST_BY_MESSAGE}` }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: AS_TEXT },
        // window.parent alone (to compare) and window.parent.postMessage: nothing else of the host's.
        {
          selector: `MemberExpression:matches([computed=true], :not([property.name='postMessage'])) > MemberExpression.object:matches(${HOST_WINDOW})`,
          message: HOST_BY_MESSAGE,
        },
        {
          selector: `VariableDeclarator[id.type='ObjectPattern'] > MemberExpression.init:matches(${HOST_WINDOW})`,
          message: HOST_BY_MESSAGE,
        },
      ],
    },
  },
  {
    // Test stubs stand in for async APIs, so they are async without awaiting anything.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
