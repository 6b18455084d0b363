/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const devCerts = require("office-addin-dev-certs");

const devUrl = "https://localhost:3000/";
/** Where dist/ is hosted in production; every devUrl in manifest.xml is rewritten to it. */
const prodUrl = process.env.ADDIN_BASE_URL ?? "https://addin.example.com/beilun/";
const officeJsDir = "node_modules/@microsoft/office-js/dist";

/**
 * Where taskpane.html loads office.js from (OFFICE_JS=…). Microsoft supports office.js from its CDN;
 * the Office 365 operated by 21Vianet (China) documents its own CDN host for add-ins used there
 * (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn#cdn-references-for-other-microsoft-365-environments).
 * `local` copies @microsoft/office-js into the build (intranets without internet, browser tests).
 */
const officeJsSources = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  local: "office-js/office.js",
};

/** The Excel host scripts office.js loads on demand, plus the string tables of the two UI languages. */
const localOfficeJsFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "excel-*.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
];

function rewriteManifest(content, isProduction) {
  const xml = content.toString();
  if (!isProduction) return xml;
  if (!prodUrl.startsWith("https://") || !prodUrl.endsWith("/")) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending in "/": ${prodUrl}`);
  }
  const devOrigin = new URL(devUrl).origin;
  return xml.replaceAll(devUrl, prodUrl).replaceAll(devOrigin, new URL(prodUrl).origin);
}

/** Reads the certificates `npm start` made; getHttpsServerOptions alone throws where the CA cannot be trusted (no admin rights). */
async function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  if (Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
    return Object.fromEntries(
      Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))]),
    );
  }
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const isProduction = argv.mode === "production";
  /** `--env preview` also builds preview.html: the pane beside the in-memory workbook (test/preview), into dist-preview/. */
  const preview = Boolean(env.preview) || process.env.PREVIEW === "1";
  /** OFFICE_JS=cdn (default), 21vianet or local; the preview always uses the local copy. */
  const officeJs = preview ? "local" : process.env.OFFICE_JS || env.officeJs || "cdn";
  if (!Object.hasOwn(officeJsSources, officeJs)) {
    throw new Error(`OFFICE_JS must be one of ${Object.keys(officeJsSources).join(", ")}: ${officeJs}`);
  }
  const localOfficeJs = officeJs === "local";
  const officeJsUrl = officeJsSources[officeJs];
  const isServe = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: isProduction ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...(preview ? { preview: "./test/preview/preview.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    // The pane and the functions share the model and the core: one copy, in shared.js, loaded once by taskpane.html.
    optimization: {
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        cacheGroups: {
          shared: {
            name: "shared",
            chunks: (chunk) => ["functions", "taskpane"].includes(chunk.name),
            minChunks: 2,
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJsUrl },
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./test/preview/preview.html",
              chunks: ["preview"],
              templateParameters: { officeJsUrl },
            }),
          ]
        : []),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content, isProduction),
          },
          ...(localOfficeJs
            ? localOfficeJsFiles.map((file) => ({
                from: file,
                context: officeJsDir,
                to: "office-js/",
                globOptions: { ignore: ["**/*.debug.js"] },
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    devServer:
      isServe && preview
        ? { host: "127.0.0.1", port: 3100, static: { directory: path.resolve(__dirname, "dist-preview") } }
        : isServe
          ? {
              headers: { "Access-Control-Allow-Origin": "*" },
              server: { type: "https", options: await httpsOptions() },
              port: Number(process.env.npm_package_config_dev_server_port ?? 3000),
              static: { directory: path.resolve(__dirname, "dist") },
            }
          : undefined,
  };
};
