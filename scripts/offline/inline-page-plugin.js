/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Makes the offline page one self-contained .html file: the entry's scripts inline and executable,
 * every other chunk (exceljs, jszip and the file code, loaded on first use) inline as inert
 * `<script type="text/plain">` text, the stylesheet inline, and a Content-Security-Policy that allows
 * exactly these scripts and this style by their SHA-256 hashes and forbids every request.
 * The JavaScript files webpack wrote are dropped from the output: only the .html remains.
 */
const { createHash } = require("crypto");
const { readFileSync } = require("fs");
const { Compilation, sources } = require("webpack");

const name = "InlinePagePlugin";

/**
 * Text safe inside <script>…</script>: the HTML parser ends a script at "</script" and treats "<!--"
 * specially, whatever the type. "<\/" and "<\!" mean the same in JavaScript strings, templates,
 * regular expressions and comments, the only places minified code holds them.
 */
function scriptText(code) {
  const text = code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  if (/<\/script/i.test(text) || text.includes("<!--")) throw new Error(`${name}: cannot inline script text`);
  return text;
}

const hashOf = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Collapses the stylesheet's comments and indentation (no minifier needed for a few hundred lines). */
const styleText = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s*\n\s*/g, "\n")
    .trim();

/**
 * The policy: nothing may be fetched (default-src 'none', connect-src 'none', no fonts, images,
 * frames, workers, forms or base URL); scripts and styles only those inlined here, by hash. The inert
 * chunks' hashes are listed too: the page evaluates one by inserting a <script> holding the same text,
 * which the browser allows only because its hash is here. No 'unsafe-eval', no blob: or data: script.
 */
function policyOf(scriptHashes, styleHashes) {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    `style-src ${styleHashes.join(" ")}`,
    "connect-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

class InlinePagePlugin {
  /**
   * @param {{ entry: string, template: string, stylesheet: string, filename: string, minifiedChunks?: string[] }} options
   * `minifiedChunks`: chunks made of packages' own minified builds (exceljs.min.js, jszip.min.js),
   * marked minimized so terser does not spend a minute and a half minifying them again.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { entry, template, stylesheet, filename } = this.options;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const chunk of compilation.chunks) {
          if (!(this.options.minifiedChunks ?? []).includes(chunk.name)) continue;
          for (const file of chunk.files)
            compilation.updateAsset(file, (source) => source, { minimized: true });
        }
      });
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          compilation.fileDependencies.add(template);
          compilation.fileDependencies.add(stylesheet);
          const entrypoint = compilation.entrypoints.get(entry);
          if (!entrypoint) throw new Error(`${name}: no entry "${entry}"`);
          const entryFiles = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
          const lazyFiles = Object.keys(assets)
            .filter((file) => file.endsWith(".js") && !entryFiles.includes(file))
            .sort();
          const textOf = (file) => scriptText(assets[file].source().toString());
          const executable = entryFiles.map(textOf);
          const inert = lazyFiles.map((file) => ({ file, text: textOf(file) }));
          const style = styleText(readFileSync(stylesheet, "utf8"));
          const policy = policyOf([...executable, ...inert.map((chunk) => chunk.text)].map(hashOf), [
            hashOf(style),
          ]);
          const html = readFileSync(template, "utf8")
            .replace(
              "<!-- policy -->",
              () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
            )
            .replace("<!-- style -->", () => `<style>${style}</style>`)
            .replace("<!-- inert chunks -->", () =>
              inert
                .map(({ file, text }) => `<script type="text/plain" data-chunk="${file}">${text}</script>`)
                .join("\n"),
            )
            .replace("<!-- scripts -->", () =>
              executable.map((text) => `<script>${text}</script>`).join("\n"),
            );
          for (const file of [...entryFiles, ...lazyFiles]) compilation.deleteAsset(file);
          // Marked minimized: a minimizer rewriting the page afterwards would break the hashes above.
          compilation.emitAsset(filename, new sources.RawSource(html), { minimized: true });
        },
      );
    });
  }
}

module.exports = { InlinePagePlugin, scriptText, policyOf };
