// Every checklist version's texts in English (each version's shared, form and reading files), for
// the pages that read all of them: one chunk, loaded by lib/i18n/load-checklist-text.ts.
// registry.ts says how a version's texts are split into files.
import type { VersionTexts } from "./version-texts";

import shared1 from "../2026.1/messages/en.json";
import form1 from "../2026.1/messages/en.form.json";
import reading1 from "../2026.1/messages/en.reading.json";
import shared2 from "../2026.2/messages/en.json";
import form2 from "../2026.2/messages/en.form.json";
import shared3 from "../2026.3/messages/en.json";
import form3 from "../2026.3/messages/en.form.json";
import reading3 from "../2026.3/messages/en.reading.json";
import shared4 from "../2026.4/messages/en.json";
import form4 from "../2026.4/messages/en.form.json";
import reading4 from "../2026.4/messages/en.reading.json";

export default {
  "2026.1": [shared1, form1, reading1],
  "2026.2": [shared2, form2],
  "2026.3": [shared3, form3, reading3],
  "2026.4": [shared4, form4, reading4],
} satisfies VersionTexts;
