// Every checklist version's texts that the assessment form reads (each version's shared and form
// files), in English: one chunk, loaded by lib/i18n/load-checklist-text.ts. registry.ts says how a
// version's texts are split into files.
import type { VersionTexts } from "./version-texts";

import shared1 from "../2026.1/messages/en.json";
import form1 from "../2026.1/messages/en.form.json";
import shared2 from "../2026.2/messages/en.json";
import form2 from "../2026.2/messages/en.form.json";
import shared3 from "../2026.3/messages/en.json";
import form3 from "../2026.3/messages/en.form.json";
import shared4 from "../2026.4/messages/en.json";
import form4 from "../2026.4/messages/en.form.json";

export default {
  "2026.1": [shared1, form1],
  "2026.2": [shared2, form2],
  "2026.3": [shared3, form3],
  "2026.4": [shared4, form4],
} satisfies VersionTexts;
