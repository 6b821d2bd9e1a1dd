// ESLint: typescript-eslint's type-checked rules and React's hooks rules. Layer rules are dependency-cruiser's
// (.dependency-cruiser.cjs). Every rule switched off below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'resources/**',
      // Each fixture writer compiles only at the commit whose schema it writes (see its first lines).
      'scripts/make-fixture-v*.ts',
      '**/*.d.mts',
      // Declarations for the shared config only (tsconfig.shared.json), not part of the editor's project.
      'types/**',
    ],
  },
  js.configs.recommended,
  // Type-checked rules for TypeScript; plain-JavaScript scripts get the base rules only (see the end).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore is how this code says "deliberately unused" (a field destructured away, a parameter a
      // callback's signature requires); anything else unused is an error.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Props and dependency objects declare callbacks in method shorthand (`onChange(value): void`) and no
      // callback here reads `this`; the rule would flag every destructured callback prop.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Not turned on: the React Compiler's checks (refs, set-state-in-effect, immutability...). Caremap does not use
      // the compiler, and what they flag is deliberate here: a drag keeps the last resting nodes in a ref read during
      // render (Overview), virtualised tables read their scroll ref, a dialog resets a field when it opens.
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      // Tests read parsed JSON, XML and HTTP bodies whose shape is what they check; typing every probe would add
      // nothing the expect() that follows does not already catch.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async interfaces (dialogs, handlers) with answers they already have.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    // Playwright reads a fixture's dependencies from its first parameter, so a fixture that needs none must be `{}`.
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Plain-JavaScript scripts are outside the TypeScript project: lint them without type information.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
        module: 'writable',
        require: 'readonly',
      },
    },
  },
);
