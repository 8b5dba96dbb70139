import { NewAssessRoute } from "@/components/checklist/assess-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("assess", "newTitle");
export default localePage(NewAssessRoute);
