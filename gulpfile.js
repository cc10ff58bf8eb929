// Root gulpfile: hands the SharePoint Framework's gulp tasks to apps/webpart/.
// `gulp bundle --ship` here runs `gulp bundle --ship` there, with the web part's own gulpfile (CommonJS)
// and the same gulp 4.0.2. This file is an ES module (the root package is "type": "module"); gulp-cli 2.3
// loads it (require() of ES modules works in Node 22; older Nodes fall back to import()).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const webpartDir = fileURLToPath(new URL('./apps/webpart/', import.meta.url));
const gulpBin = createRequire(new URL('./apps/webpart/package.json', import.meta.url)).resolve(
  'gulp/bin/gulp.js',
);

const taskNames = [
  'clean',
  'build',
  'bundle',
  'serve',
  'package-solution',
  'trust-dev-cert',
  'untrust-dev-cert',
  'ship',
];

// Flags given on the command line (e.g. --ship, --nobrowser, --locale sv-se) go to the web part;
// the task names and gulp-cli's own file options stay here.
function forwardedArgs() {
  const args = [];
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (['--gulpfile', '-f', '--cwd', '--require'].includes(arg)) {
      i += 1;
    } else if (!/^--(gulpfile|cwd|require)=/.test(arg) && !taskNames.includes(arg)) {
      args.push(arg);
    }
  }
  return args;
}

function runInWebpart(task, extraArgs = []) {
  const fn = () =>
    new Promise((resolve, reject) => {
      const args = [gulpBin, task, ...new Set([...forwardedArgs(), ...extraArgs])];
      const child = spawn(process.execPath, args, { cwd: webpartDir, stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code, signal) =>
        code === 0
          ? resolve()
          : reject(new Error(`gulp ${task} in apps/webpart/ failed (${signal ?? `exit code ${code}`})`)),
      );
    });
  fn.displayName = task;
  return fn;
}

export const clean = runInWebpart('clean');
export const build = runInWebpart('build');
export const bundle = runInWebpart('bundle');
export const serve = runInWebpart('serve');
export const packageSolution = runInWebpart('package-solution');
export const trustDevCert = runInWebpart('trust-dev-cert');
export const untrustDevCert = runInWebpart('untrust-dev-cert');

/** `gulp ship`: clean, bundle and package for production, one after the other (like `npm run package`). */
export async function ship() {
  await runInWebpart('clean')();
  await runInWebpart('bundle', ['--ship'])();
  await runInWebpart('package-solution', ['--ship'])();
}
