// The tests start engines with the same code as `npm run demo`.
export * from '../../src/sandbox/demo/private-dockerd.ts';
