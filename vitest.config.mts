import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // Property tests over fake IndexedDB take seconds; on a busy 2-core machine 5 s is not enough.
    testTimeout: 30_000,
    include: [
      "lib/**/*.test.ts",
      "test/**/*.test.ts",
      "components/**/*.test.{ts,tsx}",
      "scripts/**/*.test.{ts,mts}",
    ],
  },
});
