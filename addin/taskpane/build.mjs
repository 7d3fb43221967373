// Builds the task pane into the service's wwwroot: bundles src/taskpane.ts and copies the page
// and stylesheet. The page keeps the %OFFICE_JS_URL% placeholder that the service fills in.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "Minutes.Addin.Service", "wwwroot");
// Source maps only for development builds (`node build.mjs --dev` or NODE_ENV=development):
// a production service must not serve its sources.
const development = process.argv.includes("--dev") || process.env.NODE_ENV === "development";
await mkdir(out, { recursive: true });
await rm(join(out, "taskpane.js.map"), { force: true });
await build({
  entryPoints: [join(here, "src", "taskpane.ts")],
  bundle: true,
  format: "iife",
  target: ["es2020", "chrome100", "edge100", "safari15"],
  outfile: join(out, "taskpane.js"),
  sourcemap: development,
  logLevel: "info",
});
for (const file of ["taskpane.html", "taskpane.css", "support.html"]) {
  await copyFile(join(here, "src", file), join(out, file));
}
