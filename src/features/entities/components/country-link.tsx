import { Link } from "react-router";
import { EntityTag } from "../../../components/ui/entity-tag";
import { paths } from "../../../lib/paths";
import type { EntityRef } from "../../../schema/entity";

/** "American" and "London" lead to their country's page. */
export function CountryLink({ country }: { country: EntityRef }) {
  return (
    <p className="flex items-center gap-2">
      <span className="text-stone-600 dark:text-stone-400">Country:</span>
      <Link to={paths.entity(country.id)} aria-label={`Country: ${country.name}`}>
        <EntityTag type={country.type}>{country.name}</EntityTag>
      </Link>
    </p>
  );
}
