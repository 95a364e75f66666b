import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Document text is data: never rendered as HTML.
      'svelte/no-at-html-tags': 'error',
      // Normalisation deliberately strips control characters, which takes control characters in patterns.
      'no-control-regex': 'off',
      // The app is served at the root with no base path; plain links with query strings are what it needs.
      'svelte/no-navigation-without-resolve': 'off',
      // A file past 800 lines hides its structure; split it by what its parts do.
      'max-lines': ['error', { max: 800 }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
  },
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'bench/results.*'] }
);
