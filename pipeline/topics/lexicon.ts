import { defineLexicon } from "./define-lexicon";
import { SPORT_TEAMS } from "./sport-teams";

/**
 * Hand-curated general news vocabulary per IPTC top-level topic (see defineLexicon for the weights).
 * Term syntax (see compileLexicon): "word", "stem*", "multi word phrase" (later words may be stems).
 * Ambiguous words go to the sense that dominates in news, at a low weight, and phrases disambiguate:
 * a phrase consumes its tokens, so "tennis court" never counts as a law court.
 * Country and capital names count weakly for politics: in general news they mark world affairs.
 */
export const LEXICON = defineLexicon(
  {
    politics: {
      3: `
      ballot, ballots, bush administration, campaign trail, congressional, democrat, democrats, diplomacy,
      elected, election, elections, electoral, envoy, foreign affairs, foreign minister, foreign policy,
      general election, gop, head of state, inauguration, kerry, kremlin, lawmaker, lawmakers, non
      interference, nuclear talks, opinion poll, parliament, parliamentary, political party, politician,
      politicians, politics, presidency, presidential, presidential election, presidential race, prime
      minister, re elected, reelection, referendum, republican, republicans, ruling party, secretary of state,
      senate, senator, senators, snap election, state department, tories, tory, un security council, voter,
      voters, white house, white house race, mps, mp, meps, mep, house of commons, commons, house of lords,
      peers, backbench*, frontbench*, shadow chancellor, shadow home secretary, shadow foreign secretary,
      shadow education secretary, shadow health secretary, shadow cabinet, lib dem, lib dems, liberal democrat,
      liberal democrats, labour party, labour government, labour mp, labour mps, tory leader, conservative
      party, conservative leader, manifesto, downing street, whitehall, westminster, home secretary, foreign
      secretary, education secretary, health secretary, culture secretary, cabinet minister, by election,
      ukip, plaid cymru, snp, sinn fein, devolution, electorate, constituency, constituencies, party
      conference, spin doctor, prime minister's questions, civil servants, civil service, blunkett, prescott,
      chancellor gordon brown, michael howard, charles kennedy, jack straw, alan milburn, tony blair, party
      leader, party chairman, first minister, deputy prime minister, opposition leader, election campaign,
      pre budget report, budget statement, budget speech
    `,
      2: `
      ambassador, bilateral, blair, bush, cabinet, campaigning, candidate, candidates, congress,
      conservatives, delegates, delegation, democratic, demonstrators, diplomat, diplomatic, diplomats,
      dissident, dissidents, downing, elect, european commission, governor, hardliner*, iaea, legislat*,
      minister, ministers, nominee, nuclear program*, opposition, political, polls, putin, reformist, labour,
      chancellor, ministerial, secretary of, spokesman for, councillors, council tax, home office, foreign office,
      peer, lords, campaigners, tax cuts, public services, public spending, chief whip, whip,
      reformists, sovereignty, statehood, summit, sworn in, united nations, veto, vote, voted, votes, voting
    `,
      1: `
      accord, administration, afghan, afghanistan, africa, african, albania, algeria, angola, ankara, arab,
      arabs, argentina, armenia, asia, asian, australia, australian, azerbaijan, baghdad, bangladesh, beijing,
      beirut, belarus, berlin, bolivia, bosnia, brazil, britain, british, brussels, burma, cairo, cambodia,
      campaign, canada, canadian, caracas, chechnya, chile, china, chinese, coalition, colombia,
      commissioner, congo, conservative, constitution, constitutional, convention, croatia, cuba, cuban,
      cyprus, czech, damascus, denmark, dutch, ecuador, egypt, egyptian, embassy, ethiopia, eu, europe,
      european, european union, france, french, german, germany, government, governments, greece, greek,
      haiti, hong kong, hungary, independence, india, indian, indonesia, indonesian, interference, iran,
      iranian, iraq, iraqi, iraqis, ireland, irish, islamabad, israel, israeli, israelis, italian, italy,
      ivory coast, japan, japanese, jerusalem, jordan, kabul, kazakhstan, kenya, khartoum, kiev, korea,
      korean, kosovo, leader, leaders, lebanese, lebanon, liberal, liberia, libya, london, macedonia,
      madrid, malaysia, mayor, mexico, middle east, ministry, monarch, morocco, moscow, myanmar, nato,
      negotiat*, nepal, netherlands, new delhi, nigeria, nigerian, nomination, north korea, norway, pakistan,
      pakistani, palestinian, palestinians, paris, party, peace talks, peru, philippine, philippines, poland,
      polish, poll, premier, president, protesters, pyongyang, reform, reforms, regime, romania, rome, russia,
      russian, rwanda, sanction*, saudi, seoul, serbia, sierra leone, singapore, somalia, south africa, south
      korea, sovereign, spain, spanish, sri lanka, sudan, sudanese, sweden, syria, syrian, taiwan, talks,
      tehran, thai, thailand, tokyo, treaty, turkey, turkish, u n, uganda, ukraine, ukrainian, un, uzbekistan,
      venezuela, vietnam, yugoslavia, zimbabwe
    `,
    },
    sport: {
      3: `
      all rounder, anti doping, assists, athlete, athletes, athletics, atp, australian open, backstroke, barry
      bonds, baseball, basketball, batsman, batsmen, batting, birdie, birdies, bogey, bowl game, boxer,
      boxing, breaststroke, bronze medal, bullpen, carded, champions trophy, championship, championships, clay
      court, coached, coaching, college football, cornerback, cricket, cyclist, davis cup, defenseman,
      defensive end, doping, doubleheader, dunk, equestrian, european tour, f1, fairway, field goal, fifa,
      final test, first round pick, first test, football, formula 1, formula one, fouls, free agent, free
      kick, freestyle, french open, fumble*, goalie, goalkeeper, goaltender, gold medal, golf, golfer,
      golfers, grand prix, grand slam, grand slam title, green jacket, gymnast, gymnastics, half time,
      halftime, hamstring, hat trick, head coach, heavyweight, heisman, hitter, hockey, home game, home run,
      home runs, home team, homer, homered, homers, horse racing, hurdles, infielder, injured reserve, injury
      time, inning, innings, interception*, ioc, jockey, judo, linebacker, lineman, losing streak, lpga, major
      title, make the cut, medalist, middleweight, midfield, midfielder, missed the cut, mlb, mvp, nascar,
      nba, ncaa, nfl, nhl, no 1 ranking, odi, offseason, olympiad, olympian, olympic, olympics, one day
      international, one day series, open championship, outfielder, paceman, penalty kick, personal best, pga,
      pga tour, pitched, pitcher, play off*, playmaker, playoff, playoffs, pole position, postseason, premier
      league, preseason, puck, putt, putts, qb, quarterback, quarterfinal, quarterfinals, racehorse, racer,
      rbi, rbis, rebounds, red sox, referee, regular season, relay, relief pitcher, reliever, rookie, roster,
      rowing, rugby, running back, rushing, ryder cup, season opener, second test, seeded, semi final*,
      semifinal, semifinals, shortstop, shot lead, shutout, sidelined, silver medal, skier, slugger, soccer,
      sprinter, standings, strikeout*, striker, stroke lead, super bowl, swimmer, tds, teammate, teammates,
      tennis, tennis court, test match, test series, third test, thoroughbred, title fight, title race, top
      seed, touchdown, touchdowns, tour de france, tournament, tourney, transfer request, uefa, umpire,
      unbeaten, undefeated, under par, varsity, volleyball, wada, welterweight, wicket, wickets, wimbledon,
      win streak, winning streak, world cup, world number one, world record, world series, wrestling, wta,
      yankees, yards
    `,
      2: `
      #score, aces, ankle, bowler, bronze, carolina hurricanes, champion, champions, coach, coaches, cycling,
      derby, extra time, finals, fourth quarter, goals, hall of fame, hard court, knockout, lap, laps, league,
      leagues, marathon, medal, medals, miami hurricanes, opener, overtime, player, players, qualifying,
      racing, rankings, receiver, road trip, sacked, sailing, scored, scores, scoring, season, skipper, sox,
      sport, sports, squad, stadium, steroid*, swimming, tee, the masters, tight end, turnovers, us open,
      victory over, wild card, win over, yard
    `,
      1: `
      ace, beat, beats, bowl, captain, career, club, clubs, cup, defeat, defeat of, defeated, defender, draft,
      draw, driver, fans, final, game, games, goal, gold, hole, injury, manager, match, matches, par, penalty,
      pitch, points, race, ranking, round, rout*, runs, score, seed, series, serve, signed, slam, sporting,
      sprint, team, teams, third quarter, title, titles, tour, trainer, transfer, veteran, victory, win, wins,
      won
    `,
    },
    "economy-business-finance": {
      3: `
      acquisition, acquisitions, automaker, automakers, banker, bankers, banking, bankrupt*, bankruptcy,
      bonds, brokerage, buyout, car maker, carmaker, central bank, cfo, chapter 11, chief financial officer,
      commodit*, consumer prices, consumer spending, cost cutting, crude, crude oil, currencies, currency,
      dividend, dow jones, earnings, economic growth, economies, economist, economists, economy, exchange
      rate, exporter, exports, federal reserve, free trade, ftse, gas prices, gdp, greenspan, gross domestic
      product, hedge fund, housing market, imf, imports, inflation, initial public offering, insurer, interest
      rate*, investor, investors, ipo, joint venture, lender, lenders, market share, merger, mergers,
      mortgage, mortgages, mutual fund*, nasdaq, net income, net loss, nikkei, nyse, oil price*, opec, private
      equity, profit, profit warning, profits, quarterly, rate cut, rate hike, recession, retail, retail
      sales, retailer, retailers, revenue, revenues, s p 500, securities and exchange commission, shareholder,
      shareholders, stock exchange, stock market, stocks, subsidiary, takeover, tariff, tariffs, trade
      deficit, trader, traders, treasuries, wal mart, wall street, world bank, world trade organization, wto,
      yuan
    `,
      2: `
      accounting, acquire, acquired, airbus, airline, airlines, airways, analyst, analysts, auditor*, bank,
      banks, barrel, bln, boeing, broker, business, businesses, cents, ceo, chief executive, commerce,
      consumers, corporate, corporation, debt, deficit, dollar, dow, economic, estimates, euro, fed, finance,
      financial, fiscal, futures, gasoline, goods, industrial, insurance, invest, investment, jobless, loan,
      loans, manufactur*, manufacturer, manufacturing, markets, mln, outlook, output, outsourc*, pct, pension,
      pensions, refinery, restructur*, sales, sec, shares, slump*, stake, steel, sterling, stock, supplier,
      suppliers, trade, trading, yen, yield*
    `,
      1: `
      bid, billion, bn, board, bond, brand, budget, buy, chain, chairman, co, companies, company, consumer,
      contract, contracts, corp, cost*, credit, customer, customers, cuts, deal, demand, energy, executive,
      executives, factory, fell, firm, firms, forecast, forecasts, funds, giant, growth, inc, industry, loss,
      losses, maker, market, million, oil, per cent, percent, price*, production, products, quarter, rall*,
      rival, rose, share, spending, stores, subsid*, tax, taxes, treasury, unit
    `,
    },
    "science-technology": {
      3: `
      3g, adobe, amd, anti virus, antivirus, aol, archaeolog*, artificial intelligence, asteroid, astronaut,
      astronauts, astronomer, astronomers, beta, biologist, biology, blackberry, blog, blogger, blogs,
      bluetooth, broadband, browser, browsers, cassini, cell phone, cell phones, cellphone, cellphones,
      cellular, chemistry, chip, chips, cisco, comet, computing, consumer electronics, cyber, cyberattack,
      cyberattacks, database, desktop, digital camera*, camera phone*, film camera*, dinosaur, dinosaurs, dna, download*, e commerce, e
      mail, e mails, ecommerce, email, encryption, esa, file sharing, file swapping, firefox, firewall, flat
      panel, fossil, fossils, gadget*, galaxy, gene, genes, genome, gps, hacker, hackers, hacking, handheld,
      handset, handsets, hard drive*, hewlett, hewlett packard, high tech, hubble, information security,
      information technology, internet, ipod, it services, it spending, itunes, jupiter, laptop, laptops,
      laser, lcd, lunar, malware, mammal*, mars, mcafee, microbes, microchip, microprocessor, mobile phone*,
      molecule*, mp3, msn, music player, nanotech*, napster, nasa, nintendo, open source, operating system,
      orbit*, p2p, particle*, password*, pc, pcs, pda, peer to peer, phishing, physicist, physics, planet,
      planets, playstation, processor, processors, programmer*, quantum, robot, robotic, robots, satellite
      radio, saturn, science, scientific, scientist, scientists, search engine, security flaw, security hole,
      semiconductor, semiconductors, servers, silicon valley, smartphone, software, solar system, source code,
      space shuttle, space station, spacecraft, spaceflight, spaceship, spam, spyware, sun microsystems,
      symantec, telescope, telescopes, tivo, url, users, video game, video games, voip, wi fi, wifi, xbox,
      console, consoles, game console*, gameplay, games console*, gamer, gamers, game developer*, games developer*,
      games industry, games maker*, games publisher*, multiplayer, online gaming, psp, role playing game*,
      video gaming
    `,
      2: `
      ai, ancient, apple, apps, bacteria, cloning, computer, computers, cyber*, dell, developer*, device,
      devices, digital, discovered, discovery, dvd, ebay, electronics, evolution, experiment, experiments,
      gaming, genetic*, google, hp, ibm, innovation, insects, intel, interface, journal, lab, laboratory,
      linux, microsoft, moon, motorola, nokia, oracle, patent, patents, research, researcher, researchers,
      satellite, satellites, searches, server, space, species, stem cell*, storage, study, tech, technologies,
      technology, telecom, telecommunications, upgrade, user, version, vulnerability, web, windows, wireless,
      worm, yahoo
    `,
      1: `
      amazon, clone*, communications, data, earth, engineer*, file, hd, information, launch, mobile, music
      industry, network, networks, online, phone, phones, plasma, probe, released, rocket, shuttle, site,
      sony, studies, systems, video, virus, web site, website
    `,
    },
    "conflict-war-peace": {
      3: `
      air strike*, airstrike, airstrikes, al qaeda, ambush*, armed forces, artillery, beheaded, bloodshed,
      bombing, bombings, car bomb, cease fire, ceasefire, clashes, combat, coup, defence secretary, defense
      secretary, disarm*, explosives, falluja, fallujah, firefight, genocide, grenade*, guerrilla, guerrillas,
      gunfire, gunmen, hamas, hezbollah, hostage, hostages, insurgency, insurgent, insurgents, invade,
      invasion, islamic jihad, marines, militant, militants, militia, militias, missile, missiles, mortar,
      nuclear weapon*, occupying, peace deal, peace process, peacekeeper, peacekeepers, peacekeeping,
      pentagon, qaeda, rebel, rebels, sadr, security forces, separatist*, shelling, shot dead, siege, sniper,
      soldier, soldiers, suicide bomb*, taliban, terrorism, terrorist, terrorists, troop, troops, truce, war,
      warfare, warplane*, wars, zarqawi
    `,
      2: `
      afghanistan, air force, armed, army, baghdad, blew up, bomb, bomber, bombs, casualties, chechen,
      checkpoint, civilians, clash, commander, commanders, convoy, darfur, enrichment, fighters, fighting,
      gaza, gunman, iraq, iraqi, kidnap, kidnapp*, militaries, military, najaf, navy, occupation, occupied,
      offensive, peace talks, raids, tanks, terror, uranium, weapon, weapons, west bank, wounded
    `,
      1: `
      arms, attack, attacks, battle, defence, defense, explosion, general, gun, guns, helicopter, killed,
      marine, nuclear, raid, rocket*, shell*, strike, strikes, tank, violence, withdraw*
    `,
    },
    "crime-law-justice": {
      3: `
      acquitted, arrest, arrested, arrests, attorney general, bribe, bribery, bribes, class action, convicted,
      conviction, copyright infringement, court of appeal*, court ruling, crime, crimes, criminal, criminals,
      death penalty, defendant*, department of justice, detective, district attorney, drug trafficking,
      extradit*, fbi, felony, fraud, fraudulent, guilty, high court, homicide, indict*, indicted, indictment,
      inmate*, jail, jailed, judge, judges, juror, jurors, jury, justice department, law enforcement, lawsuit,
      lawsuit filed, lawsuits, money laundering, murder, murdered, murders, on charges, parole, plaintiff*,
      pleaded, police officer*, policeman, policemen, prison, probation, prosecute, prosecution, prosecutor,
      prosecutors, rape, robbery, sentenced, stabbing, sue, sued, suing, supreme court, suspect, suspects,
      testified, testimony, theft, trial, verdict
    `,
      2: `
      accused, accused of, allegation, allegations, alleged, allegedly, antitrust, attorney, attorneys,
      cartel, charged, corruption, court, courts, custody, detained, detention, execution, fined, gang, gangs,
      hijack*, illegally, infringement, investigators, lawyer, lawyers, legal, piracy, pirated, plead*,
      police, prisoner, prisoners, ruled, sentence, shooting, smuggl*, stolen, witness
    `,
      1: `
      abuse, appeal, appeals, charges, executed, fine, illegal, investigat*, investigation, penalt*, probe,
      regulators, ruling, scandal, settle, settlement, suspected, violat*
    `,
    },
    "disaster-accident-emergency": {
      3: `
      accident, accidents, aftershock*, air crash, avalanche, blaze, bushfire*, capsiz*, collided, death toll,
      derail, derail*, disaster, disasters, earthquake, earthquakes, eruption, famine, firefighters, flood,
      flooding, floods, landslide*, mine blast, mudslide*, oil spill, plane crash, quake, rescue workers,
      rescuers, sank, train crash, tsunami, volcano, wildfire, wildfires, wreckage
    `,
      2: `
      catastrophe, collapsed, collision, crash, crashed, cyclone, debris, devastat*, drought, emergency,
      evacuat*, explosion, ferry, fires, hurricane, hurricanes, injured, magnitude, red cross, rescue,
      sinking, spill, survivors, toll, tornado, trapped, tropical storm, typhoon
    `,
      1: `
      aid, blast, collapse, damage, damaged, dead, destroyed, fire, homeless, humanitarian, injuries, killed,
      leak, miners, missing, relief, storm, victims
    `,
    },
    health: {
      3: `
      alzheimer*, antibiotic*, asthma, autism, bird flu, blood pressure, cancer, cholesterol, clinical trial*,
      diabetes, disease, diseases, doctors, epidemic, fda, flu, health care, health officials, healthcare,
      heart attack, heart disease, hiv, illness, infected, infection, infections, influenza, malaria,
      medicaid, medicare, medication, medicine, medicines, mental health, nurse, nurses, nutrition, obese,
      obesity, painkiller*, pandemic, patient, patients, prescription drug*, public health, sars, side
      effects, surgeon, surgeons, symptoms, tuberculosis, tumor, tumour, vaccination, vaccine, vaccines, world
      health organization
    `,
      2: `
      aids, cigarette, cigarettes, depression, diet, doctor, drugmaker, health, hospital, hospitals, medical,
      outbreak, pharmaceutical, pregnan*, sick, smoking, stroke, surgery, therapy, tobacco, treatment
    `,
      1: `
      alcohol, birth, brain, cells, drug, drugs, heart, ill, virus
    `,
    },
    education: {
      3: `
      classroom, classrooms, colleges, curriculum, education, educational, enrollment, enrolment, exams,
      graduation, kindergarten, literacy, pupil, pupils, school district, teacher, teachers, test scores,
      tuition, undergraduate*, universities
    `,
      2: `
      academic, campus, exam, graduates, scholarship, schools, students, university
    `,
      1: `
      college, degree, graduate, high school, professor, school, student
    `,
    },
    environment: {
      3: `
      climate, climate change, conservation, deforestation, ecological, ecology, ecosystem, emissions,
      endangered, environment, environmental, environmentalist, environmentalists, epa, glacier*, global
      warming, greenhouse gas*, greenpeace, habitat, kyoto, ozone, pollutant, polluted, pollution, rainforest,
      recycl*, renewable, solar power, wildlife, wind power
    `,
      2: `
      carbon, coral, extinct*, forest, forests, poach*, toxic, warming, whale*
    `,
      1: `
      arctic, species, waste
    `,
    },
    religion: {
      3: `
      anglican, archbishop, bishop, bishops, blasphemy, catholic, catholics, christianity, church, churches,
      clergy, evangelical*, imam, islam, mosque, mosques, pilgrim*, pope, prayer, prayers, priest, priests,
      rabbi, ramadan, religion, religious, synagogue, theolog*, vatican, worship
    `,
      2: `
      buddhist, christians, cleric, clerics, easter, faith, god, hindu, holy, jewish, sectarian, temple
    `,
      1: `
      christian, christmas, islamic, muslim, muslims, shiite, sunni
    `,
    },
    labour: {
      3: `
      collective bargaining, cut jobs, employers, employment, job cuts, job losses, labor market, labor
      union*, labour market, labour union*, laid off, layoff, layoffs, locked out, lockout, minimum wage, nonfarm, overtime
      pay, pay deal, pay rise, payroll*, picket*, trade union*, unemployed, unemployment, wage, wages,
      walkout, workforce, workplace
    `,
      2: `
      employer, hiring, jobless, labor, salaries, salary, striking, unions, walk out, worker
    `,
      1: `
      employee, employees, job, jobs, labour, pension*, staff, strike, strikes, to cut, union, workers
    `,
    },
    weather: {
      3: `
      blizzard, cloudy, cold snap, el nino, forecasters, heat wave, heatwave, humidity, landfall, meteorolog*,
      monsoon, national weather service, rainfall, snowfall, storms, thunderstorm*, tornadoes, tropical storm,
      weather
    `,
      2: `
      cyclone, frost, hurricane, rain, showers, snow, storm, sunny, temperature, temperatures, tornado,
      typhoon, winds
    `,
      1: `
      degrees, forecast, mph, wind
    `,
    },
    "arts-culture-entertainment": {
      3: `
      actor, actors, actress, album, albums, ballet, best seller*, bestseller, box office, broadway,
      celebrities, celebrity, cinema, comedian, comedy, concert, concerts, dreamworks, emmy, entertainment,
      exhibition, film, films, gallery, grammy, grammys, hip hop, hollywood, literary, literature, movie,
      movies, museum, museums, musician, musicians, novel, novelist, opera, orchestra, oscar, oscars,
      painting, paintings, pixar, poet, poetry, pop star, premiere, rapper, reality show, record industry,
      record label, sculpture, sequel, singer, sitcom, song, songs, soundtrack, theater, theatre, tv show,
      album chart, download chart*, animated film, awards ceremony, bafta, baftas, best actor, best actress, best director, best
      film, best picture, blockbuster, blockbusters, booker prize, boy band, brit awards, cannes film festival,
      debut album, documentary film, drummer, entertainer, eurovision, film director, film festival,
      filmmaker, frontman, gig, gigs, golden globe*, guitarist, hit single, lead singer, lyrics, mtv, pop
      group, reality tv, record deal, rock band, rock star, screenplay, screenwriter, showbiz, singer
      songwriter, singles chart, sitcoms, soap opera, solo album, stand up comedian, talent show, television
      drama, television series, top 40, tv drama, tv series, west end, chat show, disc jockey, dj, radio
      presenter, talk show, tv presenter
    `,
      2: `
      art, artist, artists, author, band, book, books, cultural, culture, dance, festival, heritage, music,
      star wars, studio, animation, audiences, bbc one, bbc two, cartoon, cast, co starring, episode,
      episodes, itv, musical, presenter, presenters, radio, remake, script, starred, starring, producer,
      producers, comic, critics, soap, soaps, channel 4, music industry, rap, singles, tickets, star, stars,
      nominated, ceremony, fame, programme, programmes
    `,
      1: `
      director, disney, fans, rock, studios, television, tv, chart, charts, drama, pop, stage, viewers, award,
      awards, prize, show, shows, audience, dvd, channel, bbc, series, label, hit, record
    `,
    },
    "lifestyle-leisure": {
      3: `
      camping, catwalk, chef, cooking, crossword, dating, fashion, fashion show, gardening, hiking, hobbies,
      hobby, leisure, lifestyle, recipe, recipes, resort, restaurant, restaurants, tourism, tourist, tourists,
      travel, vacation, wine, yoga
    `,
      2: `
      beach, cruise, designer, fitness, game show, garden, holiday, holidays, hotel, hotels, outdoor*, pet,
      pets, puzzle, shoppers, shopping, toy, toys, wedding
    `,
      1: `
      cat, cats, dog, dogs, food, style
    `,
    },
    society: {
      3: `
      abortion, asylum seekers, census, civil rights, demographic*, discrimination, gay marriage, immigrant,
      immigrants, immigration, migrant, migrants, poverty, racism, same sex, social welfare, welfare reform
    `,
      2: `
      asylum, charities, charity, disability, disabled, elderly, equality, gay, gender, homeless*, human
      rights, lesbian, minorities, pensioners, population, racial, refugee, refugees, social security,
      society, volunteer*, welfare
    `,
      1: `
      child, children, communities, community, families, family, housing, minority, poor, protest, protesters,
      social, women
    `,
    },
    "human-interest": {
      3: `
      birthday, bizarre, centenarian, duchess, guinness, jackpot, lottery, obituary, panda, pandas, princess,
      quirky, reunited, zoo
    `,
      2: `
      babies, baby, funeral, hero, heroes, mourners, oldest, record breaking, reunion, royal, tribute, twins,
      unusual
    `,
      1: `
      anniversary, celebrat*, died, dies, king, legend, odd, prince, queen
    `,
    },
  },
  { sport: SPORT_TEAMS },
);
