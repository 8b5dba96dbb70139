import { NewAssessment } from "@/components/checklist/new-assessment";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("assess", "newTitle");
export default localePage(NewAssessment);
