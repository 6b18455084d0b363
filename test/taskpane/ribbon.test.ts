import { registerRibbonCommands } from "../../src/commands/commands";

describe("ribbon buttons (ExecuteFunction)", () => {
  const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
  beforeAll(() => {
    Object.assign(globalThis, {
      Office: { actions: { associate: (name: string, handler: never) => handlers.set(name, handler) } },
    });
  });

  test("插入模板 and 校验实绩 run their action and always complete the event, even when the action fails", async () => {
    const ran: string[] = [];
    registerRibbonCommands({
      insertTemplate: async () => void ran.push("insert"),
      validateActuals: () => Promise.reject(new Error("protected")),
    });
    expect([...handlers.keys()]).toEqual(["insertTemplate", "validateActuals"]);
    const completed: string[] = [];
    await handlers.get("insertTemplate")?.({ completed: () => completed.push("insert") });
    await expect(
      handlers.get("validateActuals")?.({ completed: () => completed.push("validate") }),
    ).rejects.toThrow("protected");
    expect(ran).toEqual(["insert"]);
    expect(completed).toEqual(["insert", "validate"]);
  });
});
