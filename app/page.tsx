import { RootRedirect } from "@/components/shell/root-redirect";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

export const metadata = { title: "Commission Check · 境外委托风险自查" };

export default function RootPage() {
  return (
    <html lang="en">
      <body>
        {/* Only these three sentences reach the page's script: the message files stay on the server. */}
        <RootRedirect
          redirecting={{ en: en.root.redirecting, zh: zh.root.redirecting }}
          chooseLanguage={en.root.chooseLanguage}
        />
      </body>
    </html>
  );
}
