/** Swedish texts of the reader views (keys prefixed `reader.`). */
export const readerSv = {} as const;
