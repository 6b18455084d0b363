/** 汇总's words in the pane's language: loaded with its tab and actions, never in the first load. */
import type { Messages } from "./index";
import { useMessages } from "./index";
import { consolidateEnUS } from "./consolidate-en-US";
import { consolidateZhCN, type ConsolidateMessages } from "./consolidate-zh-CN";

export type { ConsolidateMessages };

export const consolidateMessagesFor = (messages: Messages): ConsolidateMessages =>
  messages.language === "en-US" ? consolidateEnUS : consolidateZhCN;

export const useConsolidateMessages = (): ConsolidateMessages => consolidateMessagesFor(useMessages());
