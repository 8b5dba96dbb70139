"use client";

import dynamic from "next/dynamic";

// Storage code loads after the page: the home page's first load stays the shell.
export const Drafts = dynamic(() => import("./draft-list"), { ssr: false });
