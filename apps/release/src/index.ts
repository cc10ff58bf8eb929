export { AGENT_FILE, buildAppPackage } from './package.js';
export { readPackageInput } from './sources.js';
export { assertSettings, placeholdersOf, settingsProblems } from './settings.js';
export { agentTokens, DEFAULT_LANGUAGE_TAG, languageProblems, localizableStrings } from './localization.js';
export type { LanguageFile } from './localization.js';
export type { PackageInput } from './package.js';
export {
  validateManifest,
  assertValidManifest,
  MANIFEST_VERSION,
  AGENT_SCHEMA_VERSION,
  validateAgent,
  validateLanguageFile,
} from './validate.js';
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
