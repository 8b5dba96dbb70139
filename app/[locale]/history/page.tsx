import { HistoryRoute } from "@/components/history/history-route";
import { type LocaleParams, localePage, pageTitle } from "@/lib/i18n/locale-page";
import HISTORY_PREREAD from "@/lib/storage/history-preread?script";

export const generateMetadata = pageTitle("history");

const History = localePage(HistoryRoute, { readsQuery: true });

export default function HistoryPage(props: LocaleParams) {
  return (
    <>
      {/* Starts reading the rows while the HTML is parsed (lib/storage/history-preread.ts). */}
      <script dangerouslySetInnerHTML={{ __html: HISTORY_PREREAD }} />
      <History {...props} />
    </>
  );
}
