import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listAssignableStaff } from "@/lib/server/admin/list-assignable-staff";
import { listReviewQueue } from "@/lib/server/admin/list-review-queue";
import { queryObject, reviewQueueSchema } from "@/lib/validation/admin";
import { ReviewQueue } from "@/components/admin/review-queue";
import { queryString, requireStaffPage } from "../guard";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/reviews">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.reviews" });
  return { title: t("title") };
}

export default async function AdminReviewsPage({ params, searchParams }: PageProps<"/[locale]/admin/reviews">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = queryObject(await searchParams);
  const user = await requireStaffPage({ locale, callbackUrl: `/admin/reviews${queryString(query)}` });
  const parsed = reviewQueueSchema.safeParse(query);
  const [queue, staff] = await Promise.all([
    parsed.success ? listReviewQueue({ actor: user, filters: parsed.data }) : null,
    listAssignableStaff({ actor: user }),
  ]);
  return <ReviewQueue queue={queue} query={query} selfId={user.id} staff={staff} />;
}
