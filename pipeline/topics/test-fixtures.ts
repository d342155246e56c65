import type { TrainingItem } from "./train";

// Hand-written, a line each: enough for a linear model to separate three kinds of story.
const WORLD = ["politics", "conflict-war-peace", "crime-law-justice", "disaster-accident-emergency"] as const;
export const TINY: TrainingItem[] = [
  {
    title: "Striker scores twice",
    text: "The striker scored in the league match and the coach praised the team.",
    topics: ["sport"],
  },
  {
    title: "Coach sacked after defeat",
    text: "The club sacked its coach after a heavy league defeat.",
    topics: ["sport"],
  },
  { title: "Team wins cup final", text: "The team lifted the cup after a late goal in the final.", topics: ["sport"] },
  {
    title: "Goalkeeper injured",
    text: "The goalkeeper will miss the match with a knee injury, the coach said.",
    topics: ["sport"],
  },
  {
    title: "Shares fall on profit warning",
    text: "Shares in the retailer fell after it warned that profit would fall.",
    topics: ["economy-business-finance"],
  },
  {
    title: "Bank raises interest rates",
    text: "The central bank raised interest rates to curb inflation and investors sold shares.",
    topics: ["economy-business-finance"],
  },
  {
    title: "Firm agrees takeover",
    text: "The firm agreed a takeover by a rival, and its shares rose on the stock market.",
    topics: ["economy-business-finance"],
  },
  {
    title: "Profit doubles at carmaker",
    text: "The carmaker said quarterly profit doubled as sales and revenue grew.",
    topics: ["economy-business-finance"],
  },
  {
    title: "Minister meets rebels",
    text: "The foreign minister held talks with rebels as troops left the capital.",
    topics: WORLD,
  },
  {
    title: "Election date set",
    text: "The president set the election date and the opposition leader accepted.",
    topics: WORLD,
  },
  {
    title: "Troops withdraw",
    text: "Troops withdrew from the border after talks between the two governments.",
    topics: WORLD,
  },
  {
    title: "Parliament dissolved",
    text: "The president dissolved parliament and called an election amid protests.",
    topics: WORLD,
  },
];
