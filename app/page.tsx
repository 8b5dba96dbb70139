import { RootRedirect } from "@/components/shell/root-redirect";

export const metadata = { title: "Commission Check · 境外委托风险自查" };

export default function RootPage() {
  return (
    <html lang="en">
      <body>
        <RootRedirect />
      </body>
    </html>
  );
}
