/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: { jsx: 'react-jsx', allowJs: true, isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0', esModuleInterop: true, rootDir: '.' }, diagnostics: false }];

module.exports = {
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/tests/unit/**/*.test.ts', '**/tests/unit/**/*.test.tsx', '**/tests/component/**/*.test.tsx', '**/tests/component/**/*.test.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': tsJest },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise|idb)/)'],
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  setupFiles: ['<rootDir>/tests/setup/jest.setup.ts'],
  // Typing through user-event on a shared 2-core machine is slow; these are not timing tests.
  testTimeout: 60000,
  // On 2 cores jest runs in band: a handle a library leaves open (MSAL's BroadcastChannels did, see tests/setup/jest.setup.ts)
  // would keep CI waiting after the last test until its time limit. `npx jest --detectOpenHandles` finds such handles.
  forceExit: true,
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest.afterEnv.ts'],
};
