import { useSuspenseQuery } from "@tanstack/react-query";
import { DehydratedBoundary } from "../../lib/dehydrated-boundary";
import { serializeListSearch } from "../../features/article-list/search-params";
import { entityDetailQuery } from "../../features/entities/api/entity-queries";
import { EntityProfile } from "../../features/entities/components/entity-profile";
import { entityHead } from "../../lib/entity-head";
import { paths } from "../../lib/paths";
import { prefetchDehydrated, getQueryClient } from "../../lib/query-client";
import { notFoundMeta, pageMeta } from "../../lib/site-meta";
import type { EntityDetail } from "../../schema/entity-detail";
import { RouteError } from "../route-error";
import type { Route } from "./+types/entity";

function head({ entity }: EntityDetail) {
  return entityHead(entity);
}

/** Build time only (prerender). */
export async function loader({ params }: Route.LoaderArgs) {
  const { data, dehydratedState } = await prefetchDehydrated(entityDetailQuery(params.id));
  return { dehydratedState, head: head(data) };
}

export async function clientLoader({ params }: Route.ClientLoaderArgs) {
  const data = await getQueryClient().ensureQueryData(entityDetailQuery(params.id));
  return { dehydratedState: null, head: head(data) };
}

export function meta({ loaderData, params }: Route.MetaArgs) {
  if (!loaderData) return notFoundMeta("Entity not found");
  const { title, description } = loaderData.head;
  return pageMeta({ path: paths.entity(params.id), title, description, type: "profile" });
}

export default function EntityRoute({ loaderData, params }: Route.ComponentProps) {
  return (
    <DehydratedBoundary state={loaderData.dehydratedState}>
      <EntityPage id={params.id} />
    </DehydratedBoundary>
  );
}

function EntityPage({ id }: { id: string }) {
  const { data } = useSuspenseQuery(entityDetailQuery(id));
  return <EntityProfile detail={data} listHref={paths.home(serializeListSearch({ entities: [id] }))} />;
}

export const ErrorBoundary = RouteError;
