/**
 * Choosing returned files: an input labelled 选择文件 (keyboard and screen readers reach it like any
 * input), and the same box takes files dropped on it. The progress bar shows while files are read.
 */
import { h, uniqueId } from "./dom";
import { pageTexts as say } from "../messages";
import type { Reading } from "../state";

const accept =
  ".xlsx,.xlsm,.xls,.et,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FilePicker {
  element: HTMLElement;
  /** Shows the reading's progress when it is this part's, hides it otherwise. */
  update(reading: Reading | null, mine: boolean): void;
}

export function filePicker(multiple: boolean, onFiles: (files: File[]) => void): FilePicker {
  const id = uniqueId("files");
  const hintId = uniqueId("files-hint");
  const chosen = h("span", { class: "chosen", "aria-hidden": "true" });
  const input = h("input", {
    id,
    type: "file",
    class: "visually-hidden",
    accept,
    multiple,
    "aria-describedby": hintId,
    onchange: () => {
      const files = [...(input.files ?? [])];
      chosen.textContent = files.map((file) => file.name).join("、");
      input.value = "";
      if (files.length > 0) onFiles(files);
    },
  });
  const progressId = uniqueId("reading");
  const progress = h("progress", { id: progressId, max: 1, value: 0 });
  const progressText = h("span", { class: "reading-text" });
  const reading = h(
    "div",
    { class: "reading", role: "status", hidden: true },
    h("label", { for: progressId }, say.readingLabel),
    progress,
    progressText,
  );
  const zone = h(
    "div",
    {
      class: "drop-zone",
      ondragover: (event) => {
        event.preventDefault();
        zone.classList.add("drag-over");
      },
      ondragleave: () => zone.classList.remove("drag-over"),
      ondrop: (event) => {
        event.preventDefault();
        zone.classList.remove("drag-over");
        const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
      },
    },
    input,
    h("label", { for: id, class: "file-label" }, say.chooseFiles),
    " ",
    chosen,
    h("p", { id: hintId, class: "hint" }, multiple ? say.dropHint : say.dropHintOne),
  );
  return {
    element: h("div", { class: "file-picker" }, zone, reading),
    update(current, mine) {
      const busy = current !== null && mine;
      reading.hidden = !busy;
      input.disabled = current !== null;
      if (!busy) return;
      progress.max = current.total;
      progress.value = current.files.length;
      progressText.textContent = say.reading(current.files.length, current.total);
    },
  };
}
