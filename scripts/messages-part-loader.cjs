// Turbopack loader for a checklist version's message file imported with a query (next.config.js,
// lib/checklist/registry.ts), before next-intl's precompile loader runs on the result:
// - `?form`, the assessment form's first load: without what only the summary, the PDF and the
//   letter read (flags' findings and advice, the conditions controls place, rules, approvals,
//   reporting, unknowns). What the form draws is typed FormChecklistText (lib/i18n/checklist-text.ts).
// - `?reading`, the pages that show an assessment (summary, compare): without what only the form
//   draws (each question's help, the validation messages).
// load-checklist-text.test.ts checks that each part keeps what its pages read.
const DROP = {
  form: ["flags", "rules", "approvals", "reporting", "unknowns"],
  reading: ["validation"],
};

function messagesPart(source, part) {
  const messages = JSON.parse(source);
  for (const key of DROP[part]) delete messages[key];
  if (part === "form") {
    // A control's label is an option of its question; the condition it places is the summary's.
    for (const control of Object.values(messages.controls ?? {})) delete control.condition;
  } else {
    for (const question of Object.values(messages.questions ?? {})) delete question.help;
  }
  return JSON.stringify(messages);
}

module.exports = function messagesPartLoader(source) {
  return messagesPart(source, this.getOptions().part);
};
module.exports.messagesPart = messagesPart;
