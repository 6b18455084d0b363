// `npm start`: https dev server with office-addin-dev-certs, then sideload into desktop Excel where one is
// installed; otherwise keep serving and print how to sideload into Excel on the web, Windows or Mac.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const certDir = join(homedir(), ".office-addin-dev-certs");
const certFiles = ["localhost.crt", "localhost.key", "ca.crt"].map((file) => join(certDir, file));
const npx = platform() === "win32" ? "npx.cmd" : "npx";
const npm = platform() === "win32" ? "npm.cmd" : "npm";

function desktopExcel() {
  const candidates = {
    win32: [
      "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
      "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
    ],
    darwin: ["/Applications/Microsoft Excel.app"],
  }[platform()];
  return (candidates ?? []).find((path) => existsSync(path));
}

// office-addin-dev-certs exits 0 even when it could not trust the CA (no admin rights): check the files.
spawnSync(npx, ["office-addin-dev-certs", "install", "--days", "365"], { stdio: "inherit" });
const missing = certFiles.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(
    `开发证书未生成（缺少 ${missing.join(", ")}）。请以管理员身份运行 npx office-addin-dev-certs install。`,
  );
  process.exit(1);
}

const excel = desktopExcel();
if (excel) {
  console.log(`找到桌面版 Excel：${excel}，正在旁加载 manifest.xml …`);
  const run = spawn(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"], {
    stdio: "inherit",
  });
  run.on("exit", (code) => process.exit(code ?? 1));
} else {
  const server = spawn(npm, ["run", "dev-server"], { stdio: "inherit" });
  server.on("exit", (code) => process.exit(code ?? 1));
  console.log(`
本机未安装桌面版 Excel，开发服务器在 https://localhost:3000/ 上持续运行（Ctrl+C 停止）。
No desktop Excel here; the dev server keeps serving https://localhost:3000/ (Ctrl+C to stop).

旁加载 / Sideload manifest.xml:
  Excel 网页版 / on the web: 开始 > 加载项 > 更多设置 > 上传我的加载项 (Home > Add-ins > More Settings > Upload My Add-in)
  Windows:  共享文件夹目录 / shared-folder catalog — https://learn.microsoft.com/office/dev/add-ins/testing/create-a-network-shared-folder-catalog-for-task-pane-and-content-add-ins
  Mac:      复制到 / copy to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
证书 / Certificate: ${certDir}/ca.crt 需被浏览器信任 (must be trusted by the browser or OS).
`);
}
