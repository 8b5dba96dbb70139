// Builds exchange files in the test process with the app's own code, so tests can seed a browser
// through the import a user takes (and make corrupted, tampered and encrypted variants).
import { expect, type Page } from "@playwright/test";

import type { Assessment, SignOff } from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { type Signer, signSignOff } from "@/lib/assessment/signature";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { newDraft } from "@/lib/storage/assessments";
import { serialiseExport } from "@/lib/storage/exchange";

export async function completedAssessment(
  answers: Answers,
  options: { version?: string; completedAt?: string; reassessBy?: string } = {},
): Promise<Assessment> {
  const version = options.version ?? CURRENT_CHECKLIST_VERSION;
  const completedAt = options.completedAt ?? "2026-11-28T10:00:00.000Z";
  const a: Assessment = {
    ...newDraft(version, "basics", new Date(completedAt)),
    answers,
    status: "completed",
    step: "review",
    completedAt,
    updatedAt: completedAt,
    summary: evaluateRisk(getChecklist(version), answers, { date: completedAt.slice(0, 10) }),
    reassessBy: options.reassessBy ?? "2027-11-28",
    audit: [{ at: completedAt, action: "completed", by: String(answers.assessor_name ?? "") }],
  };
  return { ...a, fingerprint: await fingerprint(a) };
}

/** Recomputes the fingerprint and the chain, as anyone who knows the published recipe can. */
export async function reseal(a: Assessment): Promise<Assessment> {
  const fp = await fingerprint(a);
  return { ...a, fingerprint: fp, chain: await chainHead({ ...a, fingerprint: fp }) };
}

/** A completed record as this version of the app writes one: sealed (seal 2), with its chain. */
export async function sealedAssessment(
  answers: Answers,
  extra: Partial<Assessment> = {},
): Promise<Assessment> {
  return reseal({ ...(await completedAssessment(answers)), sealVersion: 2, ...extra });
}

/** Appends a sign-off signed by `signer` and its audit entry, as the app's sign-off form does. */
export async function signedOff(
  a: Assessment,
  signer: Signer,
  input: Omit<SignOff, "at" | "signature">,
  at = "2026-11-29T09:00:00.000Z",
): Promise<Assessment> {
  const signature = await signSignOff(signer, a.fingerprint!, { ...input, at }, a.chain!);
  return reseal({
    ...a,
    signOffs: [...(a.signOffs ?? []), { ...input, at, signature }],
    audit: [
      ...(a.audit ?? []),
      { at, action: "signed_off", by: `${input.name} (${input.role})`, detail: input.decision },
    ],
  });
}

export async function exportText(records: readonly Assessment[], passphrase?: string) {
  return serialiseExport(records, { passphrase });
}

/** Imports a file through the history page's import form and waits for the outcome. */
export async function importThroughUi(page: Page, text: string, name = "import.json", passphrase = "") {
  await page.getByLabel(/^(Export file|导出文件)$/).setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  await page.getByLabel(/^(Passphrase of this file|该文件的口令)$/).fill(passphrase);
  await page.getByRole("button", { name: /^(Import|导入)$/ }).click();
}

/** Stores records in this browser the way a user would: the history page's import. */
export async function importRecords(page: Page, records: Assessment[], locale: "en" | "zh" = "en") {
  await page.goto(`/${locale}/history/`);
  await importThroughUi(page, await exportText(records));
  // Imports run in a worker: on a busy machine they take longer than the default timeout.
  await expect(page.getByTestId("import-status")).toContainText(locale === "en" ? "Imported" : "导入", {
    timeout: 15_000,
  });
}
