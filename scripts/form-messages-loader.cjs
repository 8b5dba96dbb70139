// Turbopack loader for `import("…/messages/en.json?form")` (next.config.js): a checklist version's
// texts without the parts only the summary, the PDF and the letter read (flags' findings and
// advice, the conditions controls place, rules, approvals, reporting, unknowns), for the
// assessment form's first load. What the form draws is typed FormChecklistText
// (lib/i18n/checklist-text.ts); load-checklist-text.test.ts checks this file keeps all of it.
// next-intl's precompile loader runs on the result, as on the whole file.
const SUMMARY_ONLY = ["flags", "rules", "approvals", "reporting", "unknowns"];

module.exports = function formMessages(source) {
  const messages = JSON.parse(source);
  for (const key of SUMMARY_ONLY) delete messages[key];
  // A control's label is an option of its question; the condition it places is the summary's.
  for (const control of Object.values(messages.controls ?? {})) delete control.condition;
  return JSON.stringify(messages);
};
