/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The offline page (src/offline): one .html file with everything inline, for desktops without
 * Microsoft 365 (`npm run build` writes it after the add-in). exceljs and jszip are bundled from their
 * prebuilt browser files into an on-demand chunk, which the page holds as inert text until a file is
 * read or written (scripts/offline/inline-page-plugin.js).
 */
const path = require("path");
const { InlinePagePlugin } = require("./scripts/offline/inline-page-plugin");

/** The one file written into dist/offline/ (the bench and the browser tests read the same name). */
const { fileName } = require("./src/offline/page-file.json");

module.exports = (_env, argv) => ({
  name: "offline",
  target: "web",
  mode: argv.mode ?? "production",
  devtool: false,
  entry: {
    offline: "./src/offline/index.ts",
    // The file code, a second entry sharing the page's runtime: no import(), so no code that would
    // load a chunk by URL; evaluated from the page's inert text, it sets window.blOfflineXlsx.
    xlsx: {
      import: "./src/offline/lazy/xlsx-tasks.ts",
      dependOn: "offline",
      library: { type: "window", name: "blOfflineXlsx" },
    },
  },
  output: {
    path: path.resolve(__dirname, "dist", "offline"),
    filename: "[name].js",
    chunkFilename: "[name].chunk.js",
    // Never a URL: chunks are evaluated from the page's own text, so webpack must not guess a path.
    publicPath: "",
    chunkLoadingGlobal: "blOfflineChunks",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    // The prebuilt browser bundles (package.json "browser" fields) need no parsing for imports.
    noParse: /node_modules[\\/](exceljs[\\/]dist[\\/]exceljs\.min\.js|jszip[\\/]dist[\\/]jszip\.min\.js)$/,
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  optimization: {
    splitChunks: {
      cacheGroups: {
        default: false,
        defaultVendors: false,
        // exceljs and jszip as their packages ship them (already minified), apart from our file code.
        vendor: {
          test: /node_modules[\\/](exceljs|jszip)[\\/]/,
          name: "vendor",
          chunks: (chunk) => chunk.name === "xlsx",
          enforce: true,
        },
      },
    },
  },
  performance: { hints: false },
  plugins: [
    new InlinePagePlugin({
      entry: "offline",
      template: path.resolve(__dirname, "src/offline/offline.html"),
      stylesheet: path.resolve(__dirname, "src/offline/offline.css"),
      filename: fileName,
      minifiedChunks: ["vendor"],
    }),
  ],
});
