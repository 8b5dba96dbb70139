import { NotFoundPage } from "@/components/shell/not-found-page";

export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <NotFoundPage />
      </body>
    </html>
  );
}
