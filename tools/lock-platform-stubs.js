// Adds lock entries for platform-specific optional packages that this machine's npm registry mirror
// does not carry (e.g. @swc/core-darwin-arm64 answers 404 here). `npm install` silently leaves them out
// of package-lock.json, and `npm ci` then refuses the lock ("Missing: @swc/core-darwin-arm64@ from lock
// file"). Each stub names the package's version, os and cpu, so `npm ci` on Linux skips it as an
// optional package for another platform. Run after `npm install` (needs node_modules), before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const OS = [
  'darwin',
  'win32',
  'linux',
  'android',
  'freebsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['x64', 'arm64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'arm', 'wasm32'];

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
const added = [];
for (const [key, entry] of Object.entries(packages)) {
  if (!key.startsWith('node_modules/') || !existsSync(`${key}/package.json`)) continue;
  const optional = JSON.parse(readFileSync(`${key}/package.json`, 'utf8')).optionalDependencies ?? {};
  for (const [name, version] of Object.entries(optional)) {
    const os = OS.find((o) => name.includes(o));
    const cpu = CPU.find((c) => name.includes(`-${c}`));
    if (!os || !cpu || packages[`node_modules/${name}`] || packages[`${key}/node_modules/${name}`]) continue;
    // Same key order as npm writes, so a later `npm install` leaves the file as it is.
    packages[`node_modules/${name}`] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
    };
    added.push(`${name}@${version}`);
  }
}
const [root, ...rest] = Object.entries(packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platform-stubs: added ${added.length}${added.length ? `: ${added.join(', ')}` : ''}`);
