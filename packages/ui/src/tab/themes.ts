import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

// Teams' three themes, loaded on demand by TabRoot (the light one too: its colour ramps are about 4 KB of the
// tab's first chunk, and the theme loads while the tab asks for its session and plan).

/** The tab's themes. */
export const THEMES = { light: teamsLightTheme, dark: teamsDarkTheme, highContrast: teamsHighContrastTheme };
