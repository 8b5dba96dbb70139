import { createNavigation } from "next-intl/navigation";
import { type ComponentProps } from "react";
import { createElement } from "react";

import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { usePathname, useRouter } = navigation;

/**
 * The locale-aware link, without prefetching: the whole app is a few static files on this
 * origin, and Next's export-mode prefetch probes pages with HEAD requests, which the no-egress
 * rule (GET only) forbids.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
