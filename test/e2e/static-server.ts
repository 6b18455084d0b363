import { createServer, type Server } from "http";
import { readFile } from "fs/promises";
import { extname, join, normalize } from "path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder on 127.0.0.1 (a random free port); resolves with the base URL. */
export async function serveFolder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent((request.url ?? "/").split("?")[0] ?? "/")));
    if (!path.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(path);
      response
        .writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  return { url: `http://127.0.0.1:${address.port}`, server };
}
