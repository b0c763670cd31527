// Lint rules for the whole project, run by `npm test` (npm run lint). Type-aware typescript-eslint
// rules catch promises nobody awaits (a lost write) and other bugs a type check alone lets through;
// the React hooks rules catch stale effects. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/security/insecure-fixture/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits is a write that may fail silently or land after the user moved on.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: ['electron/**/*.{ts,cjs}', 'tests/**/*.ts', '*.ts', '*.mts', '*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Migrations are frozen in time: they use Kysely<any> on purpose so they never depend on
    // today's table types (schema.ts changes; a migration written last year must not).
    // The migration tests open files at every past version of the schema, which no type of today describes.
    files: ['electron/core/db/migrations/**/*.ts', 'tests/integration/migrations.test.ts', 'tests/integration/shippingMigration.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
