'use strict';

// SharePoint Framework 1.21.1 build (classic gulp toolchain). This package is CommonJS on purpose:
// it has no "type": "module", so this file and the toolchain load with require().
const build = require('@microsoft/sp-build-web');

// Linting is done once for the whole repository by the root ESLint 9 flat config (`npm run lint`),
// not by SPFx's ESLint 8 task (whose warnings on stderr would also fail `--ship` builds).
build.lintCmd.enabled = false;

// `gulp serve` runs the classic serve task (the workbench on https://localhost:4321).
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
