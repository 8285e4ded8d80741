/** Browser tests: the built preview (dist/) in Debian's Chromium. Run by `npm run test:e2e`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  // Two browsers at once on CI's 2 cores: 414 s one file at a time, 311 s two (each serves its
  // own copy of dist/ on a free port). Tests wait for what the pane shows, not for set times.
  maxWorkers: "100%",
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
};
