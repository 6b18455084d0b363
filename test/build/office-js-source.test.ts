/**
 * Where the built taskpane.html loads office.js from (OFFICE_JS in webpack.config.js): Microsoft's CDN
 * by default, the CDN the Office 365 operated by 21Vianet documents for add-ins used there
 * (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn#cdn-references-for-other-microsoft-365-environments),
 * or a copy of @microsoft/office-js in the build.
 */
import { join } from "path";

interface Plugin {
  userOptions?: { filename?: string; templateParameters?: { officeJsUrl?: string } };
  patterns?: { from: string; to: string }[];
}
type Config = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: Plugin[] }>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(__dirname, "..", "..", "webpack.config.js")) as Config;

async function buildWith(officeJs: string | undefined) {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    const { plugins } = await webpackConfig({}, { mode: "production" });
    const page = plugins.find((plugin) => plugin.userOptions?.filename === "taskpane.html");
    const copies = plugins.flatMap((plugin) => plugin.patterns ?? []).map((pattern) => pattern.to);
    return {
      officeJsUrl: page?.userOptions?.templateParameters?.officeJsUrl,
      copiesOfficeJs: copies.includes("office-js/"),
    };
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

describe("OFFICE_JS: where the pane loads office.js from", () => {
  test("by default, Microsoft's CDN, and no copy of office.js in the build", async () => {
    expect(await buildWith(undefined)).toEqual({
      officeJsUrl: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      copiesOfficeJs: false,
    });
  });

  test("OFFICE_JS=21vianet: the CDN of the Office 365 operated by 21Vianet", async () => {
    expect(await buildWith("21vianet")).toEqual({
      officeJsUrl: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
      copiesOfficeJs: false,
    });
  });

  test("OFFICE_JS=local: the copy of @microsoft/office-js served with the add-in", async () => {
    expect(await buildWith("local")).toEqual({ officeJsUrl: "office-js/office.js", copiesOfficeJs: true });
  });

  test("a misspelt value stops the build instead of silently using the global CDN", async () => {
    await expect(buildWith("china")).rejects.toThrow(/OFFICE_JS must be one of cdn, 21vianet, local: china/);
  });
});
