export const PDF_PAGES: RegExp;
export function inlineScriptHashes(html: string): string[];
export function buildPolicy(scriptHashes: string[], options?: { pdf?: boolean }): string;
export function withPolicy(html: string, policy: string): string;
export function applyPolicies(outDir: string): Promise<number>;
