import { CounterpartyRoute } from "@/components/register/counterparty-route";
import { localePage, pageTitle } from "@/lib/i18n/locale-page";

export const generateMetadata = pageTitle("counterparty");
export default localePage(CounterpartyRoute);
