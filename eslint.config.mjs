// Lint rules that hold the architecture in place: type-checked TypeScript rules, Nx project boundaries,
// and a pure `domain/` in every service.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const FRAMEWORKS_OUT_OF_DOMAIN = [
  { group: ['@nestjs/*', '@nestjs/**'], message: 'domain/ is pure TypeScript: no NestJS.' },
  {
    group: ['mongoose', 'mongoose/**', 'mongodb'],
    message: 'domain/ is pure TypeScript: persistence lives in infrastructure/.',
  },
  {
    group: ['kafkajs', 'kafkajs/**'],
    message: 'domain/ is pure TypeScript: messaging lives outside the domain.',
  },
  {
    group: ['ioredis', 'ioredis/**'],
    message: 'domain/ is pure TypeScript: Redis lives in infrastructure/.',
  },
  {
    group: ['@okr/service-kit', '@okr/service-kit/*', '@okr/messaging/*'],
    message: 'domain/ depends on no platform library.',
  },
  {
    // The kernel's event and decision types are plain TypeScript, erased at build: a domain may name them.
    group: ['@okr/messaging'],
    allowTypeImports: true,
    message: 'domain/ takes only types from @okr/messaging (DomainEventOf, Decision), never code.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.local/**',
      '.nx/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The spec configs include each project's sources and tests, so every file is type-checked once.
        project: [
          './libs/*/tsconfig.spec.json',
          './services/*/tsconfig.spec.json',
          './deploy/tsconfig.json',
          './apps/*/tsconfig.spec.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // A service may use shared libraries only, never another service.
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:enrolment', onlyDependOnLibsWithTags: ['scope:shared', 'scope:enrolment'] },
            { sourceTag: 'scope:knowledge', onlyDependOnLibsWithTags: ['scope:shared', 'scope:knowledge'] },
            { sourceTag: 'scope:labs', onlyDependOnLibsWithTags: ['scope:shared', 'scope:labs'] },
            {
              sourceTag: 'scope:expert-schools',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:expert-schools'],
            },
            { sourceTag: 'scope:monitoring', onlyDependOnLibsWithTags: ['scope:shared', 'scope:monitoring'] },
            // An app (the console) uses shared libraries only: it reaches the services through their HTTP APIs.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['services/*/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: FRAMEWORKS_OUT_OF_DOMAIN }],
    },
  },
  // Monitoring's layers: the projection uses infrastructure/ and domain/, infrastructure/ never the projection,
  // and the projection no HTTP presenter (queries/, commands/), so each can be read and replaced on its own.
  {
    files: ['services/monitoring/src/infrastructure/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/projection', '**/projection/**'],
              message: 'infrastructure/ is used by the projection, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['services/monitoring/src/projection/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/http', '**/http/**', '**/queries/**', '**/commands/**', '**/*.http.controller'],
              message: 'the projection depends on no HTTP presenter: shared shapes live in domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      // Jest's expect(...) matchers and supertest bodies are typed `any`; asserting on them is the point.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
