/** The app's privacy and terms pages (`/privacy`, `/terms`), in Swedish and English. */
export { LEGAL_PAGES, legalRoutes, renderLegalPage } from './pages.js';
