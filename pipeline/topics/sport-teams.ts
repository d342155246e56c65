import { weightedTerms } from "./define-lexicon";

/**
 * Names of major professional teams and clubs: in news they almost always mean a sports story, yet
 * short items often carry no other sports word ("Yankees edge Red Sox"). Nicknames that are also
 * everyday words (Giants, Heat, Kings, Cardinals, Royals...) are listed only with their city.
 */
export const SPORT_TEAMS = weightedTerms({
  3: `
    bundesliga, champions league, la liga, premiership, serie a
  `,
  2: `
    49ers, 76ers, ac milan, anaheim angels, arizona cardinals, aston villa, astros, bayern munich, bengals,
    blackhawks, blue jays, braves, brewers, broncos, bruins, buccaneers, bucs, buffalo bills, canadiens,
    canucks, carolina panthers, cavaliers, celtics, chargers, chicago bears, cincinnati reds, cleveland
    browns, cleveland indians, colorado avalanche, colts, cubs, detroit lions, detroit tigers, devil rays,
    diamondbacks, dodgers, everton, expos, golden state, grizzlies, hornets, inter milan, juventus, kansas
    city chiefs, kansas city royals, knicks, lakers, man united, man utd, manchester city, manchester
    united, maple leafs, marlins, mavericks, mets, miami heat, minnesota twins, new orleans saints, new york
    giants, new york jets, new york rangers, newcastle united, nuggets, oakland athletics, oilers, orioles,
    orlando magic, ottawa senators, packers, padres, philadelphia eagles, phillies, phoenix suns, pistons,
    pittsburgh pirates, raptors, real madrid, red sox, red wings, redskins, rockies, sacramento kings, san
    francisco giants, seahawks, seattle mariners, sixers, st louis cardinals, st louis rams, steelers,
    tennessee titans, texas rangers, timberwolves, tottenham, trail blazers, utah jazz, white sox, yankees
  `,
  1: `
    arsenal, bucks, chelsea, cowboys, dolphins, falcons, flyers, jaguars, patriots, raiders, ravens,
    rockets, spurs, texans, vikings
  `,
});
