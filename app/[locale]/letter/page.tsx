import { LetterRoute } from "@/components/letter/letter-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("letter");
export default localePage(LetterRoute, { readsQuery: true });
