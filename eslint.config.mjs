// ESLint flat config: TypeScript rules everywhere, React hooks in the pane, and the Office add-in rules
// (load/sync mistakes) in every file that may touch Office.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/', 'test-results/', 'samples/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Office.js is touched in three places only: the Excel host (src/excel), and one small Office-environment
    // module for each page (the task pane's and the ribbon command's). Everything else goes through them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**', 'src/taskpane/office-env.ts', 'src/commands/office-env.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Office',
          message: 'Office.js lives in src/excel and the pages’ office-env.ts modules: call them instead.',
        },
        {
          name: 'Excel',
          message: 'Office.js lives in src/excel and the pages’ office-env.ts modules: call them instead.',
        },
      ],
    },
  },
  {
    // The core stays pure: no host APIs may be imported into it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'node:*',
                'path',
                'exceljs',
                'react',
                'react-dom',
                '@fluentui/*',
                '**/excel/**',
                '**/node/**',
                '**/cli/**',
                '**/taskpane/**',
              ],
              message: 'src/core is pure: no host, Node, DOM or UI imports.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
