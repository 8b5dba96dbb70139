import { HomePage } from "@/components/home/home-page";
import { localePage } from "@/lib/i18n/locale-page";

export default localePage(HomePage);
