/**
 * Vigie's policy tool for IT departments (see docs/deploy.md):
 *   npm run policy -- validate <file.json>…          every problem with its key path and a fix; exit 1 on errors
 *   npm run policy -- export <file.json> [--out dir]  .reg (Chrome, Edge), .mobileconfig (Chrome, Edge),
 *                                                     Linux JSON (Chrome, Chromium), Firefox policies.json
 */
import { runPolicyCli } from './policy/cli';

process.exitCode = runPolicyCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
