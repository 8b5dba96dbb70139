import { NewAssessRoute } from "@/components/form/assess-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("assess", "newTitle");
export default localePage(NewAssessRoute);
