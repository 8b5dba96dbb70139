import { AssessRoute } from "@/components/form/assess-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("assess");
export default localePage(AssessRoute, { readsQuery: true });
