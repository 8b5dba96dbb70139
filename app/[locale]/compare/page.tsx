import { CompareRoute } from "@/components/compare/compare-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("compare");
export default localePage(CompareRoute, { readsQuery: true });
