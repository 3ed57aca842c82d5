import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * The browsers Vigie's tests, demo and benchmark drive come from Debian's packages. On a new Debian machine
 * where the command runs as root, they are installed on the spot (apt-get), so that `npm test` and
 * `npm run demo` work with nothing installed by hand; elsewhere the error says what to install.
 */
export function ensureDebianPackages(needs: ReadonlyArray<{ binary: string; pkg: string }>, what: string): void {
  const missing = () => needs.filter(({ binary }) => !existsSync(binary));
  if (!missing().length) return;
  const packages = [...new Set(missing().map(({ pkg }) => pkg))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const onDebianPaths = missing().every(({ binary }) => binary.startsWith('/usr/bin/'));
  if (isRoot && onDebianPaths && existsSync('/usr/bin/apt-get')) {
    console.log(`${what} needs Debian's ${packages.join(', ')}: installing with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    if (!missing().length) return;
  }
  throw new Error(
    `${missing().map(({ binary }) => binary).join(' and ')} not found. ${what} drives Debian's browsers: ` +
      `\`sudo apt-get install ${packages.join(' ')}\` (or point CHROMIUM_BINARY / CHROMEDRIVER_BINARY / FIREFOX_BINARY at yours).`,
  );
}
