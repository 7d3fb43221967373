// Builds the task pane into the service's wwwroot: bundles src/taskpane.ts and copies the page
// and stylesheet. The page keeps the %OFFICE_JS_URL% placeholder that the service fills in.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "Minutes.Addin.Service", "wwwroot");
await mkdir(out, { recursive: true });
await build({
  entryPoints: [join(here, "src", "taskpane.ts")],
  bundle: true,
  format: "iife",
  target: ["es2020", "chrome100", "edge100", "safari15"],
  outfile: join(out, "taskpane.js"),
  sourcemap: true,
  logLevel: "info",
});
for (const file of ["taskpane.html", "taskpane.css"]) {
  await copyFile(join(here, "src", file), join(out, file));
}
