import { ScreeningRoute } from "@/components/screening/screening-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("screening");
export default localePage(ScreeningRoute);
