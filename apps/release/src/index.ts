export { buildAppPackage } from './package.js';
export type { PackageInput } from './package.js';
export { validateManifest, assertValidManifest, MANIFEST_VERSION } from './validate.js';
export { renderTemplate, parseEnvFile } from './render.js';
export { checkIcons, pngInfo } from './icons.js';
export type { PngInfo } from './icons.js';
export { ManifestError } from './errors.js';
export {
  assembleRelease,
  formatFileList,
  listFiles,
  ReleaseError,
  verifySppkg,
  verifyTeamsZip,
} from './release.js';
export type { ReleaseFile, ReleaseInput } from './release.js';
