// Every checklist version's texts that the pages showing an assessment read (each version's shared
// and reading files), in Chinese: one chunk, loaded by lib/i18n/load-checklist-text.ts. registry.ts
// says how a version's texts are split into files.
import type { VersionTexts } from "./version-texts";

import shared1 from "../2026.1/messages/zh.json";
import reading1 from "../2026.1/messages/zh.reading.json";
import shared2 from "../2026.2/messages/zh.json";
import shared3 from "../2026.3/messages/zh.json";
import reading3 from "../2026.3/messages/zh.reading.json";
import shared4 from "../2026.4/messages/zh.json";
import reading4 from "../2026.4/messages/zh.reading.json";

export default {
  "2026.1": [shared1, reading1],
  "2026.2": [shared2],
  "2026.3": [shared3, reading3],
  "2026.4": [shared4, reading4],
} satisfies VersionTexts;
