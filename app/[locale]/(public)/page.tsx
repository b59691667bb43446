import { setRequestLocale } from "next-intl/server";
import { Landing } from "@/components/home/landing";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Landing />;
}
