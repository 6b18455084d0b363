/** The rows every table sheet shares: title, subtitle, header, then the indicators (0-based). */
export const titleRow = 0;
export const subtitleRow = 1;
export const headerRow = 2;
export const firstIndicatorRow = 3;
