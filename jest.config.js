/** Unit, host and pane tests. The headless-browser test runs separately (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // No test here measures time (figures come from npm run bench); Jest's 5 s default failed
  // sound tests when the machine was shared (load 10 on 2 cores), so a test only fails on a hang.
  testTimeout: 30_000,
};
