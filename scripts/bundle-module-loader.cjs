// Turbopack loader for lib/base/zod.ts (next.config.js): bundles the module with the parts of
// zod it names, by rolldown, before Turbopack sees it. zod/mini's schema module refers to every one
// of zod core's schema classes, and Turbopack keeps every class a kept module refers to, so without
// this each page that validates shipped all of zod core (about 21 KB gzip); rolldown keeps only what
// the named exports reach. The module is the same code either way: tests and Node import it as written.
// Turbopack's persistent cache does not notice a change to this file: next.config.js drops that
// cache when this file's contents changed.
module.exports = function bundleModuleLoader() {
  const callback = this.async();
  const input = this.resourcePath;
  (async () => {
    const { rolldown } = await import("rolldown");
    const bundle = await rolldown({ input, platform: "browser", logLevel: "warn" });
    try {
      const { output } = await bundle.generate({ format: "esm", comments: false });
      const [chunk] = output;
      // Rebuild when zod changes (rolldown's own helpers have virtual ids, "\0…").
      for (const id of chunk.moduleIds) if (!id.startsWith("\0") && id !== input) this.addDependency(id);
      return chunk.code;
    } finally {
      await bundle.close();
    }
  })().then((code) => callback(null, code), callback);
};
