/** The element's version, written in by the Vite build (`define`) from the workspace's package.json. */
declare const __READER_VERSION__: string;
