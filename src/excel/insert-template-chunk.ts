/** What 插入模板 needs beyond the pane's first load, in one chunk loaded on demand. */
export { buildTemplateLayout } from "../template/build-layout";
export { insertTemplate } from "./insert-template";
