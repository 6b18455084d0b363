/**
 * The shared runtime's entry (src/taskpane/index.tsx): the ribbon's functions are associated when the
 * script loads, at its top level, as Microsoft's docs and samples do
 * (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands#sample-code-for-function-commands),
 * not inside Office.onReady; a click before the pane exists waits for it.
 */
const associated = new Map<string, (event: { completed(): void }) => Promise<void>>();
let officeReady: () => void = () => undefined;
const ran: string[] = [];

jest.mock("../../src/excel/open-host", () => ({ openExcelHost: () => ({}) }));
jest.mock("../../src/taskpane/start-pane", () => ({
  startPane: async () => ({
    actions: {
      insertTemplate: async () => void ran.push("insertTemplate"),
      validate: async () => void ran.push("validate"),
    },
  }),
}));

beforeAll(() => {
  Object.assign(globalThis, {
    document: { getElementById: () => ({}) },
    Office: {
      onReady: () => new Promise<void>((resolve) => (officeReady = resolve)),
      actions: { associate: (name: string, handler: never) => associated.set(name, handler) },
      addin: { showAsTaskpane: async () => void ran.push("shown") },
    },
  });
});

test("the ribbon's functions are associated as the script loads, before Office is ready, and a first click waits for the pane", async () => {
  await import("../../src/taskpane/index");
  expect([...associated.keys()]).toEqual(["insertTemplate", "validateActuals"]);
  const completed: string[] = [];
  const click = associated.get("validateActuals")?.({ completed: () => completed.push("validateActuals") });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(ran).toEqual([]); // Office is not ready yet: the click waits, it is not lost
  officeReady();
  await click;
  expect(ran).toEqual(["validate", "shown"]);
  expect(completed).toEqual(["validateActuals"]);
});
