/** Swedish texts of the tab views (keys prefixed `tab.`). */
export const tabSv = {} as const;
