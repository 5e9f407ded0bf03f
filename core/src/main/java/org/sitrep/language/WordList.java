package org.sitrep.language;

/** The closed word lists every language pack provides in its {@code words.tsv}; the words themselves are data. */
public enum WordList {
    /** Prepositions that make a capital a place ("in Ankara") rather than its state. */
    LOCATIVE_PREPOSITIONS,
    /** Prepositions that make a capital its state ("talks between Ankara and Moscow"). */
    NON_LOCATIVE_PREPOSITIONS,
    /** Nouns whose complement is a place ("the outskirts of Homs"). */
    PLACE_HEAD_NOUNS,
    /**
     * Nouns of a site or a part of a town whose possessor is the town ("outside Ankara's train station", "in Beirut's
     * main square"): a capital owning one where the text puts something is the city, not its state.
     */
    SITE_NOUNS,
    /**
     * Prepositions of being above a country ("flights over Syria"): the country is where an air deed happens, when
     * the word they hang on is an {@link #AIRBORNE_WORDS} one, not a topic ("talks over Syria").
     */
    OVERFLIGHT_PREPOSITIONS,
    /** Lemmas of flying and of air deeds ("operating over Syria", "surveillance flights over Iraq"). */
    AIRBORNE_WORDS,
    /**
     * Dashes that close a wire dateline glued to an article's first sentence ("BEIRUT (AP) — Airstrikes killed ..."):
     * the town before it is where the report was filed, not where what the sentence tells happened.
     */
    DATELINE_DASHES,
    /** Nouns that say a name next to them is a place: "the town of X", "X province". */
    PLACE_CLASS_NOUNS,
    /** Nouns of a country's ground, air or sea ("in Syrian territory", "on Turkish soil"): the country is the place. */
    TERRITORY_NOUNS,
    /**
     * What a country's name owns that acts or is acted on inside it ("Iraq's armed forces", "Turkey's borders",
     * "Syria's president"): a physical deed with no other place is in that country where the article is set there.
     */
    COUNTRY_OWNED_NOUNS,
    /**
     * Nouns of a settlement that a name before them names ("Kafr Batna town", "the Tokhar village"), unlike an
     * area named after its seat ("Harem district").
     */
    SETTLEMENT_NOUNS,
    /**
     * Nouns of a town or village that call a name one ("the town of X", "X village", "X, a village in ..."): such a
     * name no gazetteer lists is a place of its own. Not a neighbourhood: an analyst places that at its city.
     */
    TOWN_NOUNS,
    /**
     * Nouns of a facility that a name before them names ("the X generating station", "X air base", "X Airport"): such
     * a site no gazetteer lists is a place by its whole name, as an analyst writes it, not an actor.
     */
    FACILITY_NOUNS,
    /**
     * Prepositions of the occasion words are said at ("at a news conference in X", "during a visit to X"): its place
     * is where they are said, though a complaint's or a demand's other places are those of what it is about.
     */
    SCENE_PREPOSITIONS,
    /** Verbs whose object, where the gazetteer knows the name, is a place ("shelled X", "captured X"). */
    PLACE_OBJECT_VERBS,
    /** Auxiliaries of the present perfect ("has accused"): a stance taken up to now, on no set day. */
    PRESENT_PERFECT_AUXILIARIES,
    /** Auxiliaries of the present progressive ("are fighting"): an activity going on, on no set day. */
    PRESENT_PROGRESSIVE_AUXILIARIES,
    /** Nouns of unnamed attackers, alone or after their modifier ("gunman", "suicide bomber"): described, not named. */
    ASSAILANT_NOUNS,
    /** Nouns of what is claimed for an attack ("claimed responsibility for the bombing"): the claimant did it. */
    RESPONSIBILITY_NOUNS,
    /** Nouns of a whole war ("a conflict that has killed 100,000 people"): its toll is a tally, not an event. */
    WAR_NOUNS,
    /**
     * Prepositions that mark members of what precedes: a part of a toll already counted ("865 killed, including 50
     * civilians"), the events of a class named before ("mass killings, including a truck attack in Nice").
     */
    MEMBER_PREPOSITIONS,
    /**
     * Prepositions that take a part out of a whole: a figure before one counts a part of the dead ("six of those
     * killed were fighters"), not the toll.
     */
    PARTITIVE_PREPOSITIONS,
    /**
     * Prepositions that add companions to the dead a toll names ("killed along with a bodyguard", "a woman with four
     * of her children"): each companion counts.
     */
    COMPANION_PREPOSITIONS,
    /** Adverbs that make such a preposition add companions to a verb's dead ("killed along with a bodyguard"). */
    COMPANION_ADVERBS,
    /**
     * Determiners that make a noun one person ("a soldier", "another person", "another killed"): one dead each where
     * a toll names its victims without a figure.
     */
    SINGLE_DETERMINERS,
    /** Prepositions that say a name after them, where the gazetteer knows it, is a place ("in X", "near X"). */
    PLACE_PREPOSITIONS,
    /** Verbs and nouns of an attempt whose aim is a capture ("seek", "offensive" to retake X): a contest. */
    ATTEMPT_WORDS,
    /** Words of an attempt's success ("declared victory in the battle to retake X", "won the fight for X"). */
    VICTORY_WORDS,
    /**
     * Words that tell an attempt as still to come ("the coming battle to retake X", "ahead of the campaign to take
     * X", the auxiliary of "would launch an offensive to take X"): no contest yet.
     */
    PLANNED_CUES,
    /** Definite nouns that refer back to the last country named ("the country's prime minister"). */
    COUNTRY_ANAPHORS,
    /** Definite nouns that name a country's seat of government without its name ("in the capital"). */
    CAPITAL_ANAPHORS,
    /** Prepositions of the place someone is driven out of ("drove the rebels from X", "driven out of X"). */
    EXPULSION_PREPOSITIONS,
    /** Prepositions of whom a thing is asked ("demanded an apology from Turkey"). */
    ADDRESSEE_PREPOSITIONS,
    /** Nouns for the seat of a side ("the capital of the caliphate in Raqqa"): the town "in" which is the seat. */
    SEAT_NOUNS,
    /** Nouns for a part inside a place ("in the south of Idlib"): a place found there is inside the named one. */
    INSIDE_NOUNS,
    /** Words that tell an undated event as recent, just before the report ("recent gains", "recently"). */
    RECENT_WORDS,
    /** Parts of a day ("dawn", "morning"): alone they name no day of their own. */
    PART_OF_DAY_WORDS,
    /** Nouns after a name that make it a region, not the town of that name ("Raqqa province"). */
    REGION_NOUNS,
    /** Word forms of lying along a border: "areas of X that border Turkey" make X the province, not its town. */
    BORDER_VERBS,
    /**
     * Prepositions that make a country named on a verb a place, not a recipient: "deployed advisers to Iraq", "sent
     * fighters to Syria"; on a noun it stays a recipient ("aid to Iraq", "a visit to Turkey").
     */
    COUNTRY_DESTINATION_PREPOSITIONS,
    /** "visited Israel", "was visiting Washington": verbs whose object country or capital is where the deed is. */
    VISIT_VERBS,
    /**
     * Words of going into a country by force or to stay: "invaded Iraq", "entered Syria", "the occupation of Iraq";
     * the country entered (a verb's object, a noun's "of" phrase) is where the deed is, not only its target.
     */
    INVASION_WORDS,
    /**
     * Particles that make a country a deed on a verb leaves its place, not a party: "pulled out of Iraq", "got the
     * troops out of Syria".
     */
    COUNTRY_DEPARTURE_PREPOSITIONS,
    /** Nouns of a first-level administrative area, one unit whichever is written ("Idlib province", "Idlib Governorate"). */
    ADMIN_AREA_NOUNS,
    /**
     * A modifier and noun that, in an "of" phrase under an area noun, say the area bears the name of the town just
     * named ("Hasakeh, the capital of the province of the same name"), written "modifier noun".
     */
    NAMESAKE_PHRASES,
    /** Verbs that begin what their complement names ("starts to retake X"): a capture begun is a contest. */
    INCEPTION_VERBS,
    /** Nouns that, after a definite article and without a name, refer back to the last place named ("the town"). */
    PLACE_ANAPHORS,
    /**
     * A place anaphor's possessive as written without its apostrophe, no word of its own ("the citys north"): the
     * anaphor wherever it stands (a plain plural such as "towns" is never one).
     */
    LOST_POSSESSIVE_PLACE_ANAPHORS,
    /**
     * Nouns that refer back to a place only within their own sentence ("Douma ... an offensive in the area which has
     * been under siege"): in a later sentence they mean the place's surroundings ("entered the area around the town").
     */
    SENTENCE_PLACE_ANAPHORS,
    /** Verb lemmas whose subject is a place ("Aleppo fell"). */
    PLACE_PREDICATES,
    /** Short words a title-case heading leaves in lower case. */
    TITLE_FUNCTION_WORDS,
    /** Courtesy titles before a surname ("Mr. Trump"): no given name, so no other person than the surname's. */
    COURTESY_TITLES,
    /** Prepositions a time tagger may include that are not part of the date ("following Friday prayers"). */
    TIME_PREPOSITIONS,
    /** Nouns after which a number names a thing, not a year ("Resolution 2254"). */
    NAMING_WORDS,
    /** Definite articles ("the Friday before" keeps its preposition). */
    DEFINITE_ARTICLES,
    /** Determiners that make such a noun refer back ("the", "this"), not introduce a new place ("a town"). */
    ANAPHORIC_DETERMINERS,
    /** Lemmas that report deaths ("killed", "dead", "death toll"): where a fatality count is read. */
    DEATH_WORDS,
    /**
     * Lemmas of wounds ("injured", "wounded"): a figure coordinated with the dead that these describe counts the
     * wounded, which ACLED keeps apart ("three dead and six others injured" is three dead).
     */
    INJURY_WORDS,
    /**
     * Lemmas that tell a side's dead as its loss ("lost 10,000 troops", "the loss of 50 fighters"): a death toll
     * only where what is lost is people ({@link #LOST_PEOPLE_NOUNS}).
     */
    LOSS_WORDS,
    /** Nouns of people whose loss is their death ("lost 50 soldiers"), unlike towns, ground or tanks. */
    LOST_PEOPLE_NOUNS,
    /**
     * Nouns that name one person ("the fighter", "the pastor"): with a definite article, one dead where a toll names
     * its victim so; not collectives ("the family", "the unit").
     */
    SINGLE_PERSON_NOUNS,
    /** Weekday names in calendar order, Monday first. */
    WEEKDAYS,
    /** Number words in counting order from one ("five days later"). */
    NUMBER_WORDS,
    /** Pronouns that refer to one person. */
    PERSON_PRONOUNS,
    /** Pronouns that refer to a group. */
    GROUP_PRONOUNS,
    /** First-person subject pronouns ("I", "we"): outside quoted speech they are the writer's. */
    FIRST_PERSON_PRONOUNS,
    /**
     * Verbs whose sense lies in what is said ("warn", "caution"): closing a quote with nothing said of their own, they
     * only attribute it, and the quote tells whether it threatens.
     */
    CAUTION_VERBS,
    /**
     * Nouns of a reporter's sourcing formula ("on condition of anonymity", "asked us not to use his name"): a saying
     * or asking built on them tells how the news was got, not a deed of the story.
     */
    SOURCING_NOUNS,
    /** Verbs of leave to speak ("not authorized to discuss"): a deed under their denial is a source's excuse. */
    SOURCING_PERMIT_VERBS,
    /**
     * Verbs of a comment withheld from the reporter ("refused to comment", "declined to elaborate"): a refusal of
     * them tells how the news was got, no stand taken.
     */
    SOURCING_SPEECH_VERBS,
    /**
     * Nouns of a view or a point made ("agree on this point", "agreed with the assessment"): agreeing on or with one
     * shares an opinion, no arrangement.
     */
    VIEW_NOUNS,
    /**
     * Modals of will ("will", "would", and "wo" of "won't"): a concession or an agreement denied under one is refused
     * ("won't step down"), not only undone.
     */
    WILL_MODALS,
    /** Verbs of refusal whose infinitive is what is refused ("refused to step down", "declined to agree"). */
    REFUSAL_VERBS,
    /** Nouns of a proportion ("percent", "%"): a share so told as a subject is a poll's respondents. */
    PROPORTION_NOUNS,
    /** Words that deny the word they modify ("not", "never", "n't"), as lemmas or words. */
    NEGATORS,
    /** Pronouns that refer to one thing or one body, not a person ("it"), as an object. */
    THING_PRONOUNS,
    /** Reciprocal pronouns, as two words ("each other"): the doers of a deed aimed at them aim it at one another. */
    RECIPROCAL_PRONOUNS,
    /** Heads of descriptions that stand for an actor ("Turkish forces", "the government"). */
    FORCE_NOUNS,
    /** Pronouns that open a relative clause. */
    RELATIVE_PRONOUNS,
    /** "where": a relative adverb whose clause happens at the place its noun names. */
    RELATIVE_PLACE_ADVERBS,
    /** Verb lemmas that introduce speech. */
    SPEECH_VERBS,
    /** Prepositions that make a statement noun the medium its clause is done in ("in a speech", "during a speech"). */
    MEDIUM_PREPOSITIONS,
    /** Lower-case words allowed inside a name ("Hayat Tahrir al-Sham", "Organisation for the …"). */
    NAME_PARTICLES,
    /** Verb lemmas whose infinitive happened ("managed to take"). */
    IMPLICATIVE_VERBS,
    /** Multi-word phrases that attribute a claim to a source ("according to"). */
    ATTRIBUTION_PHRASES,
    /** Prepositions that mark an event's target ("attacks against X"). */
    TARGET_PREPOSITIONS,
    /** Prepositions that mark a noun event's participants ("talks between X and Y"). */
    PARTICIPANT_PREPOSITIONS,
    /** Prepositions that mark a passive agent or an actor after a noun ("captured by X"). */
    AGENT_PREPOSITIONS,
    /** Prepositions whose place is another event's ("fled from X", "shelled by X"). */
    ORIGIN_PREPOSITIONS,
    /** Modifiers that mark an event as recalled, not reported ("previously"). */
    BACKGROUND_WORDS,
    /**
     * Adverbs of frequency that make a present-tense deed a habit, not a happening ("frequently deploy"), and a past
     * one a deed of no one day ("repeatedly warned").
     */
    HABITUAL_WORDS,
    /**
     * Adjectives of frequency that, said of deeds named by a bare plural, make a general statement ("attacks are
     * common in the area"), no happening.
     */
    FREQUENCY_ADJECTIVES,
    /**
     * Verbs of what a picture shows, which in the present tense make a sentence a photo's caption ("a man carries a
     * child at the scene of an air strike"): the guide codes no event from a caption.
     */
    CAPTION_VERBS,
    /**
     * Prepositions and nouns that name an event as what came before another ("after the attack", "in the wake of the
     * Paris attacks"): earlier than the news, not of the report's day.
     */
    PRIOR_EVENT_MARKERS,
    /** Words that open a clause happening at the same time as its head ("when he visited", "while fighting"). */
    SAME_TIME_MARKERS,
    /**
     * Words that open a time clause ("after he visits", "as they meet", "once talks begin"): under a clause told with
     * a modal, a deed in the present tense there is the coming news, not a habit.
     */
    TIME_CLAUSE_MARKERS,
    /**
     * Words that open a stretch reaching up to now ("since 2014", "since taking office"): what is done over it is
     * done on no one day.
     */
    STRETCH_MARKERS,
    /**
     * Verbs of a deed done once whose result lasts ("have taken Douma since the raid"): a stretch after it is when it
     * happened, not deeds spread over it.
     */
    ONE_TIME_DEEDS,
    /**
     * Verbs that lay or deny a charge ("accused the army of shelling", "denied using gas"): the deed charged is
     * alleged, on no day of its own unless one is stated, not the day the charge is laid.
     */
    CHARGE_VERBS,
    /** Words after a stretch that put a deed that long before the clause above it ("two days after it fell"). */
    OFFSET_EARLIER_MARKERS,
    /** Words after a stretch that put a deed that long after the clause above it ("a week before it fell"). */
    OFFSET_LATER_MARKERS,
    /** Words that turn a duration into one that ends now ("in recent months", "the last two years"). */
    BACKGROUND_TIME_WORDS,
    /** Modifiers that put any time expression before the report ("the past year"). */
    PAST_MODIFIERS,
    /** Auxiliaries of the past perfect ("had extended"). */
    PAST_PERFECT_AUXILIARIES,
    /** The lemma of the perfect's auxiliary ("has taken", "had been captured", "may have killed"). */
    PERFECT_AUXILIARY_LEMMAS,
    /** Prepositions that claim something inside or near a place, not the place itself. */
    PARTIAL_PREPOSITIONS,
    /** Verb lemmas whose passive subject does the infinitive ("ministers are expected to meet"). */
    RAISING_VERBS,
    /** Of the near words, those naming a part inside the place ("districts of X"): a claim on part of it. */
    PART_NOUNS,
    /**
     * Buildings of civil life and diplomacy ("the consulate in Basra", "a university in Mosul"): a raid or a storming
     * of one is a deed on the building, not a fight for the town it stands in.
     */
    BUILDING_NOUNS,
    /** Prepositions that put an event near a place, not in it ("attacked the SDF near Manbij"). */
    NEAR_PREPOSITIONS,
    /** Nouns naming part of or the surroundings of a place ("the outskirts", "a checkpoint"). */
    NEAR_WORDS,
    /** Prepositions of "under X control". */
    CONTROL_PREPOSITIONS,
    /** Prepositions of control shared by sides ("divided between regime and rebel control"): a contest. */
    SHARED_CONTROL_PREPOSITIONS,
    /** Prepositions of a passage into control ("surrendered to regime control"): a held state begins. */
    CONTROL_CHANGE_PREPOSITIONS,
    /** Prepositions of "in X's hands". */
    HANDS_PREPOSITIONS,
    /** Prepositions of the place a fight is for ("the battle for X"): a contest. */
    CONTEST_PREPOSITIONS,
    /** Verbs that end a contest they take as object ("lifted the siege on X"): no contest. */
    CONTEST_END_VERBS,
    /** Prepositions of the place a siege is laid on ("the siege of X", "the siege on X", "the blockade around X"). */
    SIEGE_PREPOSITIONS,
    /**
     * Verbs of a fight's onset or growth ("the battle for X broke out", "erupted", "intensified"): told in the simple
     * past they say the fight was on, not that it is over.
     */
    CONTEST_ONSET_VERBS,
    /** Prepositions that name an owner ("the stronghold of X"). */
    OWNER_PREPOSITIONS,
    /** Modifiers that make a state one that has ended ("the former rebel stronghold"). */
    ENDED_MODIFIERS,
    /** Compass adjectives that name a part of a place ("northern Iraq"): kept in an event's place name. */
    COMPASS_ADJECTIVES,
    /** Modifiers and nouns that make a claim about part of a place ("rebel-held eastern Aleppo"). */
    PART_MODIFIERS,
    /** Words of a company's form that end its full name ("Inc", "Corp", "International" of "Magna International Inc"). */
    ORGANISATION_FORMS,
    /**
     * Nouns of what lies around a place ("a suburb of Damascus", "the Idlib countryside"): a claim on them is none on
     * the place, unless the noun names its own place ("the suburb of Douma").
     */
    VICINITY_NOUNS,
    /**
     * Modifiers that make a plural noun the rest of a set its conjoined name belongs to ("X and two other rebel-held
     * areas": X is one of them).
     */
    OTHER_MEMBER_MODIFIERS,
    /** Lemmas of people a capture can take ("captured thousands of women"): taking them takes no place. */
    CAPTIVE_NOUNS,
    /** Lemmas of things a capture can take ("the weapons the militants seized from the army"): no place is taken. */
    TAKEN_GOODS_NOUNS,
    /**
     * Lemmas of fighting told as won ("were defeated in Kobani") or of a target destroyed ("a command post was
     * destroyed in X", mostly from the air): it contests no place.
     */
    DEFEAT_VERBS,
    /** Lemmas of losing ground ("ISIS has lost … its capital in Raqqa"): a state named as what was lost has ended. */
    LOSS_VERBS,
    /** Lemmas of aircraft: an attack they make ("warplanes attacked IS positions") is a strike from the air. */
    AIRCRAFT_NOUNS,
    /** Head nouns added to a bare controller word to find its actor ("rebel" → "rebel forces"). */
    CONTROLLER_HEADS,
    /** Auxiliaries that put a state in the past ("that were controlled by X"). */
    PAST_STATE_AUXILIARIES,
    /**
     * Verb lemmas that report the toll of violence ("killed"): beside the violence that caused it in one sentence
     * (an airstrike, shelling, a bombing) the toll is that event's outcome, not a second event.
     */
    TOLL_VERBS,
    /** Prepositions that put an event inside a country ("in Syria", "across Iraq"): the country is its place. */
    COUNTRY_PREPOSITIONS,
    /** Nouns that, with a definite article, refer back to the last armed group named ("the group", "the militants"). */
    GROUP_DESCRIPTIONS,
    /**
     * A state's armed services ("army", "air force"): with a definite article and no state named, the forces of the
     * state the article is about.
     */
    STATE_FORCE_NOUNS,
    /**
     * Nouns of the units and people a state's service is made of ("units", "troops", "officers"): named by a service
     * before them ("army units"), that state's forces.
     */
    SERVICE_UNIT_NOUNS,
    /**
     * Plural nouns of armed men that no state owns ("militants", "terrorists"): with a "from" or "of" phrase naming a
     * group, that group's members.
     */
    ARMED_MEMBER_NOUNS,
    /** Prepositions that name the group its members come from ("fighters from", "militants of"). */
    MEMBERSHIP_PREPOSITIONS,
    /**
     * People's nouns that, in the plural and naming no known actor, act by their description ("critics slammed",
     * "senators said they will oppose").
     */
    PEOPLE_DESCRIPTIONS,
    /** Nouns of offices that, with a definite article, refer back to the last person named ("the senator"). */
    PERSON_DESCRIPTIONS,
    /** Nouns of a body that speaks for the person owning it ("the president's office said"): the body speaks. */
    PERSON_BODY_NOUNS,
    /** Nouns of a text that carries its author's own words ("the governor's statement read"): the author speaks. */
    PERSON_TEXT_NOUNS,
    /** Prepositions marking a gerund that a verb's object does ("accused Russia of shelling", "thanked X for"). */
    OBJECT_CONTROL_PREPOSITIONS,
    /** Verbs that are no speech verbs yet voice the quoted words they govern ("praised the medics for “…”"). */
    VOICING_VERBS,
    /** Verbs of passing on another's words ("the paper quoted X as saying"): their object speaks, not their subject. */
    QUOTING_VERBS,
    /** Speech verbs that relay another's words ("X said, Reuters reports"): they cite an outlet, not a speaker. */
    RELAY_VERBS,
    /** Participles by which an outlet's speech verb names whose words it passes on ("said, quoting an aide"). */
    SOURCE_QUOTING_PARTICIPLES,
    /**
     * Nouns for a person a source is described by ("a military source", "an official", "the doctor"): a "he" or "she"
     * later.
     */
    PERSON_SOURCE_NOUNS,
    /** Prepositions that cite a source before a colon and a quote ("From the Courier: “…”"). */
    CITING_PREPOSITIONS,
    /** Auxiliaries of the perfect progressive ("have been fighting"): an activity reaching back, not one event. */
    ONGOING_AUXILIARIES,
    /** Nouns (lemmas) of people whom violence hits as civilians ("killing five civilians", "22 people"). */
    CIVILIAN_NOUNS,
    /**
     * Civilian nouns (lemmas) that do not mark their people as civilians ("22 people"): the dead of one-sided
     * violence, but of a strike or a battle perhaps of either side.
     */
    UNMARKED_VICTIM_NOUNS,
    /** Nouns (lemmas) of people that a deed's victims are named by where no actor is ("a pastor was beheaded"). */
    VICTIM_DESCRIPTIONS,
    /**
     * Nouns (lemmas) of groups of people that a deed or a stance is aimed at where no actor is, written as the analyst
     * writes them ("the executions of Coptic Christians", "aid for refugees").
     */
    GROUP_NOUNS,
    /** Nouns (lemmas) of a side's installations, owned by the side named before them ("an Iranian convoy"). */
    INSTALLATION_NOUNS,
    /**
     * Nouns (lemmas) of strategic sites named after a town ("the Tabqa airbase", "the Mosul dam"): a deed on the site
     * happens near the town, and claims nothing of who holds the town.
     */
    TOWN_SITE_NOUNS,
    /**
     * Nouns (lemmas) of ways between places ("cut the roads into Raqqa", "seized the highway to Aleppo"): a deed on
     * one happens on the way, near the place it leads to, and claims nothing of who holds that place.
     */
    ROUTE_NOUNS,
    /**
     * Subordinators of a clause told as under way while another happened ("as they entered the city"): an entry so
     * told is a push into the place, not a completed taking.
     */
    UNDER_WAY_MARKERS,
    /** Prefixes that make a side's name a word of opposition to it ("anti-government protests"): whom it is against. */
    OPPOSING_PREFIXES,
    /**
     * Words (lemmas) that name people as non-combatants only ("civilian casualties"), not as a population ("people"):
     * a fight told beside them is not taken as against the actor's usual armed adversary.
     */
    NONCOMBATANT_WORDS,
    /**
     * Conjunctions of alternatives ("after taking Irbil or Baghdad"): places so joined are not each held; deaths told
     * as one of two fates ("killed or injured") are no count of deaths.
     */
    ALTERNATIVE_CONJUNCTIONS,
    /** Nouns of a place passing to another side ("the fall of the rebel-held town"): a state they take has ended. */
    HANDOVER_NOUNS,
    /**
     * Nouns of a settled place that make the name they govern a place even where the gazetteer lacks it ("the
     * village of X", "the X area", "X, a village in Idlib").
     */
    NAMING_PLACE_NOUNS,
    /**
     * Nouns of a part of a town that make the name they govern a place ("the district of X", "X is a regime-held
     * district"): a part of the town it is in.
     */
    TOWN_PART_NOUNS,
    /**
     * Verbs of going into a place that need not take it ("troops entered the city"): a capture's verbs of
     * territory otherwise ("overran", "seized") end the fight for the place they take.
     */
    ENTRY_VERBS,
    /**
     * Heads of an unnamed armed actor ("troops", "militants", "warplanes"): a deed that needs an armed actor is done
     * by one though the text names no side ("war jets struck the town").
     */
    ARMED_DESCRIPTIONS,
    /**
     * Lemmas of fire from afar ("rocket", "shell", "airstrike"): a killing done by them is shelling or an air strike,
     * a battle's deed, not violence against civilians at close range.
     */
    REMOTE_FIRE_NOUNS,
    /** Modifiers of a chemical means ("chemical", "chlorine"): a remote weapon that carries one stays an assault. */
    CHEMICAL_WORDS,
    /**
     * Prepositions that mark whom a non-physical noun event comes from ("support from Europe", "criticism from
     * Moscow"): its actor.
     */
    SOURCE_PREPOSITIONS,
    /**
     * Verb lemmas whose subject is given what their object names ("received support", "faced demands", "drew
     * condemnation"): the target of that noun event, not its actor.
     */
    RECEIVING_VERBS,
    /**
     * Adjectives that rank a noun among those that did something ("the first city to fall"): a to-infinitive they
     * introduce tells what happened, not a purpose.
     */
    RANKING_ADJECTIVES,
    /**
     * Last words of a place name that no side holds as a town is held: a river or a sea, a region of the world ("the
     * Tigris River", "the Middle East", "the West"); a control claim on such a place is none.
     */
    UNHELD_PLACE_HEADS,
    /**
     * Nouns of fighters or of control that, after "of", name their owner by the word describing them when the resolver
     * cannot ("under the control of rebel and extremist groups", "a bastion of opposition control").
     */
    DESCRIBED_OWNER_NOUNS,
    /** Nouns of where a fight goes on, with the fight after "of" ("X has been the scene of heavy clashes"). */
    SCENE_NOUNS,
    /**
     * Nouns of a state's organs that act for it ("the Defense Ministry said", "the General Staff announced"): an organ
     * the knowledge does not hold is coded as its state, as the gold codes it.
     */
    STATE_ORGAN_NOUNS,
    /**
     * Prepositions that mark what a deed's noun acts on ("the use of chemical weapons", "Turkey's shoot-down of a
     * Russian jet"); such a phrase is the deed's target only beside a possessive doer, as without one it may name the
     * doer ("the attacks of the rebels").
     */
    NOUN_OBJECT_PREPOSITIONS,
    /**
     * Nouns of a side's whole campaign against a foe, named with the foe or the aim ("allies in the fight against
     * ISIS", "engaged in the fight to defeat ISIS"): a stretch of months or years, on no one day.
     */
    CAMPAIGN_NOUNS,
    /** Prepositions that name the foe of a campaign noun ("the fight against ISIS"). */
    FOE_PREPOSITIONS
}
