import { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';

// Teams' dark and high-contrast themes, loaded on demand by TabRoot (most people use the light one, which the
// tab's first chunk carries).

/** The tab's themes beyond light. */
export const OTHER_THEMES = { dark: teamsDarkTheme, highContrast: teamsHighContrastTheme };
