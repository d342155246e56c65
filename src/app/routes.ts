import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("articles/:slug", "routes/article.tsx"),
  route("entities", "routes/entities.tsx"),
  route("entities/:id", "routes/entity.tsx"),
  route("topics/:id", "routes/topic.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
