// A module imported with `?script`: its code, bundled with what it imports into one classic
// script, as a string for a page's inline <script> (scripts/bundle-module-loader.cjs).
declare module "*?script" {
  const script: string;
  export default script;
}
