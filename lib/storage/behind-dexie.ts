// What lib/storage's public module (index.ts) loads with one import() when something needs Dexie:
// the writes, the reads only Dexie can answer, exchange files and the screening lists. One module,
// so that each page's first load carries one small loader for all of it.
export {
  applyJournalledEdit,
  completeAssessment,
  createDraft,
  deleteAssessment,
  getAnswersOf,
  getAssessment,
  listHistoryRows,
  reassessAssessment,
  setReassessBy,
  signOffAssessment,
  undeleteAssessment,
  writeDraft,
} from "./assessments";
export { addEvidence, clearAssessment, readEvidence, removeEvidence, setItemStatus } from "./evidence";
export { ImportError } from "./exchange";
export { exportInWorker } from "./exporter";
export { createImporter } from "./importer";
export {
  deleteScreeningList,
  getDraftScreening,
  listScreeningLists,
  putDraftScreening,
} from "./screening-lists";
export { listRegisterDecisions, putRegisterDecision, removeRegisterDecision } from "./register-decisions";
