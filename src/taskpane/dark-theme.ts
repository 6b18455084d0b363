/** The dark theme is loaded only when Office's theme is dark (it is most of a theme's weight in the bundle). */
export { webDarkTheme } from "@fluentui/react-components";
