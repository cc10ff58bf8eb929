// Unit and component tests: a hung test fails in seconds, not after the integration tests' minutes. Jest
// ignores `testTimeout` per project, so the unit and ui projects set it here (setupFilesAfterEnv).
jest.setTimeout(20_000);
