/** The rows every table sheet shares: title, the 填报单位/报告期 line, header, then the indicators (0-based). */
export const titleRow = 0;
export const infoRow = 1;
export const headerRow = 2;
export const firstIndicatorRow = 3;
