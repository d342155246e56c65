import type { TopicId } from "../../src/schema/topics";
import type { TopicScore } from "./score-lexicon";
import type { Signals } from "./signals";

/**
 * Editorial rules the statistics cannot learn from AG News (issue 15, decision 026), applied to the combined
 * scores before calibration, so the calibrated probabilities account for them:
 *
 * 1. Politics: a story in which government, parliament, parties or an election act is politics even when its
 *    vocabulary is about a budget, a law or a court ruling. When the primary is a neighbour of politics and
 *    the political actors outweigh that neighbour's own evidence, politics moves to the top and the neighbour
 *    stays as the secondary. Crime-law-justice keeps the top only for a crime, a trial or policing: its
 *    crime-event evidence must match the political actors'.
 * 2. Entertainment: a story with a clear case for arts and culture whose primary is crime, business or
 *    technology, because a film's takings, a star's trial or a download chart share those words, is arts
 *    first, the other second. The case is made by creative work and the people who make it (films, albums,
 *    singers, actors, awards, novels: Signals.creativeWork), not by the media business's words (studios,
 *    Hollywood, television, DVDs, "entertainment"): a studio's flotation, a pay-TV merger or Hollywood suing
 *    file sharers stays business or technology.
 * 3. Video games: a story about video games, their consoles or the people who make and play them is technology
 *    even though its words (games, players, a title, a tournament, a launch) are sport's, so technology goes above
 *    a sport primary when the video-game terms (Signals.videoGames) match a part of sport's evidence.
 */
export interface Rules {
  /** Lexicon points of political actors needed before rule 1 applies. */
  minPoliticalActors: number;
  /** Rule 1 applies when political actors >= this times the primary's lexicon points... */
  politicsOverNeighbour: number;
  /** ...or, over crime, this times its crime events: a story about a crime, a trial or policing stays crime. */
  politicsOverCrime: number;
  /** Lexicon points of creative work (signals.ts) needed before rule 2 applies. */
  minArts: number;
  /** Rule 2 applies when the creative-work points >= this times the primary's lexicon points... */
  artsOverNeighbour: number;
  /** ...or this times, over crime: a star's trial is reported with a trial's words but filed under arts. */
  artsOverCrime: number;
  /**
   * ...or this times, over technology: a download service, a games console or a TV set is technology news
   * even when it speaks of music, games and programmes.
   */
  artsOverTechnology: number;
  /** Lexicon points of video-game terms needed before rule 3 applies... */
  minVideoGames: number;
  /** ...and at least this times sport's lexicon points. */
  videoGamesOverSport: number;
}

export const RULES: Rules = {
  minPoliticalActors: 4,
  politicsOverNeighbour: 0.4,
  politicsOverCrime: 0.8,
  minArts: 5,
  artsOverNeighbour: 0.8,
  artsOverCrime: 0.5,
  artsOverTechnology: 1.5,
  minVideoGames: 3,
  videoGamesOverSport: 0.25,
};

/** Topics a political story's vocabulary often looks like. */
const POLITICS_NEIGHBOURS: ReadonlySet<TopicId> = new Set([
  "crime-law-justice",
  "economy-business-finance",
  "education",
  "environment",
  "health",
  "labour",
  "society",
  "religion",
  "human-interest",
  "lifestyle-leisure",
]);

const ARTS_NEIGHBOURS: ReadonlySet<TopicId> = new Set([
  "crime-law-justice",
  "economy-business-finance",
  "science-technology",
  "lifestyle-leisure",
  "human-interest",
]);

/** The scores with `topic` raised just above the primary, best first. */
function promote(scores: readonly TopicScore[], topic: TopicId): TopicScore[] {
  const top = scores[0]!.score;
  const others = scores.filter((s) => s.topic !== topic);
  return [{ topic, score: top * 1.05 }, ...others];
}

function artsRatio(primary: TopicId, rules: Rules): number {
  if (primary === "science-technology") return rules.artsOverTechnology;
  if (primary === "crime-law-justice") return rules.artsOverCrime;
  return rules.artsOverNeighbour;
}

export function applyRules(
  combined: readonly TopicScore[],
  lexicon: readonly TopicScore[],
  signals: Signals,
  rules: Rules = RULES,
): TopicScore[] {
  const primary = combined[0];
  if (!primary) return [...combined];
  const lexiconOf = (topic: TopicId) => lexicon.find((s) => s.topic === topic)?.score ?? 0;
  const { politicalActors, crimeEvents } = signals;
  if (
    primary.topic !== "politics" &&
    POLITICS_NEIGHBOURS.has(primary.topic) &&
    politicalActors >= rules.minPoliticalActors
  ) {
    const needed =
      primary.topic === "crime-law-justice"
        ? rules.politicsOverCrime * crimeEvents
        : rules.politicsOverNeighbour * lexiconOf(primary.topic);
    if (politicalActors >= needed) return promote(combined, "politics");
  }
  const arts = signals.creativeWork;
  if (
    primary.topic !== "arts-culture-entertainment" &&
    ARTS_NEIGHBOURS.has(primary.topic) &&
    arts >= rules.minArts &&
    arts >= artsRatio(primary.topic, rules) * lexiconOf(primary.topic)
  ) {
    return promote(combined, "arts-culture-entertainment");
  }
  if (
    primary.topic === "sport" &&
    signals.videoGames >= rules.minVideoGames &&
    signals.videoGames >= rules.videoGamesOverSport * lexiconOf("sport")
  ) {
    return promote(combined, "science-technology");
  }
  return [...combined];
}
