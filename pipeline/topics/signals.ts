import { weightedTerms } from "./define-lexicon";

/**
 * Two questions the topic lexicon cannot answer on its own, asked of the same hits (each term below is also a
 * lexicon term, at the weight the lexicon gives it): who acts in the story, and did a crime happen?
 *
 * - Political actors: government, parliament, parties, ministers, elections. A story where they act is
 *   politics even when it is about a budget, a law or a court ruling (issue 15).
 * - Crime events: a crime, an arrest, a trial, policing. Only these make crime-law-justice the primary topic
 *   of a story that also has political actors; "court", "ruling", "law" and "legal" are not among them.
 */
export const POLITICAL_ACTOR_TERMS: ReadonlySet<string> = new Set(
  Object.keys(
    weightedTerms({
      1: `
      backbench*, budget speech, budget statement, by election, cabinet, cabinet minister, campaign trail, chancellor, chancellor gordon brown,
      charles kennedy, commons, congress, congressional, conservative leader, conservative party, conservatives,
      democrat, democrats, deputy prime minister, downing street, elected, election, election campaign,
      elections, electoral, electorate, first minister, foreign secretary, frontbench*, general election, gop,
      home secretary, house of commons, house of lords, labour, labour government, labour mp, labour mps,
      labour party, lawmaker, lawmakers, lib dem, lib dems, liberal democrat, liberal democrats, lords,
      manifesto, meps, michael howard, minister, ministerial, ministers, mp, mps, opposition, opposition leader,
      parliament, parliamentary, party leader, peers, political party, politician, politicians, pre budget report,
      prime minister,
      republican, republicans, senate, senator, senators, shadow cabinet, shadow chancellor, shadow home
      secretary, tony blair, tories, tory, tory leader, voters, westminster, white house, whitehall
    `,
    }),
  ),
);

export const CRIME_EVENT_TERMS: ReadonlySet<string> = new Set(
  Object.keys(
    weightedTerms({
      1: `
      acquitted, arrest, arrested, arrests, charged, convicted, conviction, crime, crimes, criminal, criminals,
      defendant*, detective, drug trafficking, fraud, gang, gangs, guilty, homicide, indicted, indictment,
      juror, jurors, jury, money laundering, murder, murdered, murders, on charges, pleaded, police, police
      officer*, policeman, policemen, prosecution, prosecutor, prosecutors, rape, robbery, sentenced, shooting,
      smuggl*, stabbing, stolen, suspect, suspects, testified, testimony, theft, trial, verdict
    `,
    }),
  ),
);

/**
 * Arts and culture terms for the media business and its channels rather than for creative work: studios,
 * Hollywood, entertainment companies, television, radio, DVDs, audiences. A film studio's flotation, a pay-TV
 * merger, a DVD format war or Hollywood suing file sharers is business or technology news that uses them; a
 * film, a band, a singer, an award or a novel is what makes a story arts and culture (rule 2 of rules.ts).
 */
export const ARTS_MEDIUM_TERMS: ReadonlySet<string> = new Set(
  Object.keys(
    weightedTerms({
      1: `
      animation, audience, audiences, bbc, bbc one, bbc two, blockbuster, blockbusters, channel, channel 4, critics,
      disney, dreamworks, dvd, entertainment, fans, gallery, hit, hollywood, itv, label, music industry, mtv, pixar,
      producers, programme, programmes, radio, record, record industry, series, show, shows, studio, studios,
      television, tickets, tv, viewers
    `,
    }),
  ),
);

/**
 * Video games and the machines they are played on: technology news whose words (games, players, titles, a
 * tournament) are sport's. "Gaming" is left out: in business news it is as often gambling.
 */
export const VIDEO_GAME_TERMS: ReadonlySet<string> = new Set(
  Object.keys(
    weightedTerms({
      1: `
      console, consoles, game console*, gameplay, gamer, gamers, game developer*, games console*, games developer*,
      games industry, games maker*, games publisher*, multiplayer, nintendo, online gaming, playstation, psp, role
      playing game*, video game, video games, video gaming, xbox
    `,
    }),
  ),
);

export interface Signals {
  /** Lexicon points of political-actor terms (same weighting and damping as the topic scores). */
  politicalActors: number;
  /** Lexicon points of crime-event terms. */
  crimeEvents: number;
  /** Lexicon points of arts and culture terms for creative work: the arts points less ARTS_MEDIUM_TERMS'. */
  creativeWork: number;
  /** Lexicon points of video-game terms (technology). */
  videoGames: number;
}

export const NO_SIGNALS: Signals = { politicalActors: 0, crimeEvents: 0, creativeWork: 0, videoGames: 0 };
