import { NotFound } from "../route-error";

export function meta() {
  return [{ title: "Page not found · Lede" }, { name: "robots", content: "noindex" }];
}

export default function NotFoundRoute() {
  return <NotFound />;
}
