import { HistoryRoute } from "@/components/history/history-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("history");

export default localePage(HistoryRoute, { readsQuery: true });
