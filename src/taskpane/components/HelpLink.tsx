// The way from the pane to the help page (assets/help.html, in every build beside the pane's
// page): how the tiers are made, in the pane's language's section of that page.
import { Link } from "@fluentui/react-components";
import * as React from "react";
import { useStrings } from "../strings";

/** The help page's address from the pane's page: both sit at the root of the site. */
export const HELP_PAGE = "assets/help.html";

export function HelpLink(): React.JSX.Element {
  const { language, t } = useStrings();
  return (
    <Link href={`${HELP_PAGE}#${language}`} target="_blank" rel="noopener noreferrer">
      {t("help")}
    </Link>
  );
}
