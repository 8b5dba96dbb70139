// `npm start`: build the static site when it is missing or older than the sources, then serve
// out/ with serve.json's headers — the same way the e2e suite serves it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.js",
  "package-lock.json",
  join("scripts", "csp.mjs"),
  join("scripts", "sw.mjs"),
  join("scripts", "bundle-module-loader.cjs"),
];
const BUILT = join("out", "index.html");
// The last file the build writes (scripts/sw.mjs): a build that stopped before it is not current.
const SERVICE_WORKER = join("out", "sw.js");

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function isBuildCurrent() {
  if (!existsSync(BUILT) || !existsSync(SERVICE_WORKER)) return false;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= built);
}

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";

if (!isBuildCurrent()) {
  console.log("start: building the static site (out/)…");
  // A production build whatever the caller's NODE_ENV (the bench's Vite runner sets "development",
  // and Next then prerenders with React's development build and fails).
  const build = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`start: serving out/ on http://localhost:${port}`);
const server = spawn(
  join("node_modules", ".bin", "serve"),
  ["-c", "serve.json", "-l", `tcp://localhost:${port}`, "--no-clipboard", "--no-port-switching"],
  { stdio: "inherit", shell: process.platform === "win32" },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
