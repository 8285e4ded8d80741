/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Tests assert behaviour, never speed (the benches measure that): a loaded 2-core machine can take
  // several seconds over a 20,000-customer run, which jest's 5 s default turned into a failure.
  testTimeout: 60_000,
  // One worker per core: jest's default leaves one core to its main process, which on CI's 2 cores
  // ran the suites one at a time (618 s); the main process only collects results.
  maxWorkers: "100%",
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
};
