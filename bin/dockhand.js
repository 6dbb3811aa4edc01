#!/usr/bin/env node
// The bin runs the compiled app in this very process, so a supervisor's signals reach it directly.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('dockhand: dist/ is missing; run `npm run build` first (npm ci runs it too)\n');
  process.exit(1);
}
await import(cli.href);
