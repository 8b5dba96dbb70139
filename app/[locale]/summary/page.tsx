import { SummaryRoute } from "@/components/summary/summary-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("summary");
export default localePage(SummaryRoute, { readsQuery: true });
