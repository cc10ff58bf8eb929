// One ESLint setup for every workspace (flat config). Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/lib/**',
      '**/temp/**',
      '**/release/**',
      '.data/**',
      'coverage/**',
      'apps/webpart/sharepoint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly' },
    },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain stays free of SharePoint, React and Teams.
    files: [
      'shared/src/domain/**/*.ts',
      'shared/src/validation/**/*.ts',
      'shared/src/i18n/**/*.ts',
      'shared/src/schema/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@pnp/*', 'react', 'react-dom', '@fluentui/*', '@microsoft/teams*', '@azure/*'] },
      ],
    },
  },
  {
    files: ['**/*.cjs', 'gulpfile.js', 'jest.config.js', 'eslint.config.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  {
    // The web part's gulpfile is CommonJS (SPFx's toolchain requires it).
    files: ['apps/webpart/gulpfile.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
