"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { createScreeningClient, type ScreeningClient } from "@/lib/screening/screening-client";
import type { ScreeningList } from "@/lib/screening/types";
import { listScreeningLists } from "@/lib/storage";

/** The screening worker (started on first use, stopped with the component) and the stored lists. */
export function useScreening() {
  const client = useRef<ScreeningClient | null>(null);
  const [lists, setLists] = useState<ScreeningList[] | null>(null);
  const refresh = useCallback(() => {
    void listScreeningLists().then(setLists);
  }, []);
  useEffect(() => {
    refresh();
    return () => client.current?.dispose();
  }, [refresh]);
  const getClient = useCallback(() => (client.current ??= createScreeningClient()), []);
  return { lists, refresh, getClient };
}
