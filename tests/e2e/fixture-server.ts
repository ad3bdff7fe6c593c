// The webmail fixture pages and the real editor packages they load from node_modules, served on
// 127.0.0.1 (see tests/fixtures/webmail/server.mjs, shared with the benchmark).
export { startFixtureServer, type FixtureServer } from '../fixtures/webmail/server.mjs';
