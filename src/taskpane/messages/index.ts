import { createContext, useContext } from "react";
import { zhCN, type Messages } from "./zh-CN";

export type { Messages };

/** Simplified Chinese unless Office's display language is English (whose strings load only then). */
export async function loadMessages(displayLanguage: string): Promise<Messages> {
  if (!displayLanguage.toLowerCase().startsWith("en")) return zhCN;
  return (await import("./en-US")).enUS;
}

export const MessagesContext = createContext<Messages>(zhCN);

export const useMessages = (): Messages => useContext(MessagesContext);
