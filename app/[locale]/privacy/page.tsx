import { PrivacyPage } from "@/components/privacy/privacy-page";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("privacy");
export default localePage(PrivacyPage);
