package org.sitrep.coding.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.AcledType;
import org.sitrep.model.EventType;

/**
 * One trigger rule of a language pack's {@code event-patterns.tsv}: a verb or noun lemma, its condition, its codes,
 * and where its arguments are found and which it requires.
 */
public record EventPattern(boolean noun, String lemma, Condition conditionKind, Set<String> condition, EventType plover,
                    String cameo,
                    Optional<AcledType> acled, double confidence, ActorRole actorRole, PlaceRole placeRole,
                    Requirement requires) {

    /** The ACLED column's value for a territorial change, whose ACLED type the actor decides. */
    private static final String TERRITORY = "TERRITORY";
    private static final String FILE = "event-patterns.tsv";

    /** Where the actor is: the subject (or passive agent), or the argument a preposition marks ("fell to X"). */
    record ActorRole(Optional<String> preposition) {
        static ActorRole parse(String field) {
            if (field.equals("subject")) {
                return new ActorRole(Optional.empty());
            }
            if (field.startsWith("case:") && field.length() > 5) {
                return new ActorRole(Optional.of(field.substring(5)));
            }
            throw new IllegalStateException(FILE + ": actor must be subject or case:P, was " + field);
        }
    }

    /**
     * What a trigger needs besides its lemma: nothing, an object of these lemmas ("obj=", verbs), a governing verb
     * of these lemmas ("gov=", nouns), an argument marked by one of these prepositions or particles ("prep=",
     * verbs: "called on", "called for"), no object of these lemmas ("obj!=", verbs: "met Lavrov", not "met the
     * deadline"), a dependent by one of these relations ("rel=", verbs: "asked them to leave", not "asked why"), or
     * a that-clause in the mood named ("clause=subjunctive", verbs: "insisted that the rebels join", a demand, not
     * "insisted that the jet did not stray", a claim), or a to-infinitive that is itself a physical deed's trigger
     * ("clause=hostile": "vowed to strike back" threatens, "vowed to assist the inquiry" does not), or a
     * that-clause that only says something exists ("clause=existential": "warned that there were cells"), or a
     * predicate said of the object that one of these lemmas heads or describes ("pred=", verbs: "called the strike a
     * war crime", not "called the talks constructive"), or a that-clause whose predicate is one of these lemmas, said
     * of a named other and not denied ("that=", verbs: "said the regime was responsible for the attack" accuses, "said
     * it was responsible" claims and "said the regime was not responsible" defends), or a complement that makes an
     * arrangement, not a view shared ("clause=arrangement": "agreed to a truce", not "agree on this point" nor "agrees
     * the plan worked").
     */
    public enum Condition {
        NONE, OBJECT, GOVERNOR, PREPOSITION, NOT_OBJECT, RELATION, SUBJUNCTIVE_CLAUSE, HOSTILE_INFINITIVE,
        EXISTENTIAL_CLAUSE, PREDICATE, CLAUSE_PREDICATE, ARRANGEMENT
    }

    /**
     * Where the event's places are searched: the trigger's arguments, also its subject ("Aleppo fell"), or also the
     * place driven out of ("drove the rebels from Darayya"), which an origin preposition otherwise rules out.
     */
    public enum PlaceRole { ARGUMENTS, SUBJECT_AND_ARGUMENTS, ORIGIN_AND_ARGUMENTS }

    /**
     * What an event of this pattern cannot be without: a place, a place as object, or someone driven out of a place
     * ("drove the rebels from Darayya", "were driven out of Manbij"; not "drove from Aleppo to Homs"), an armed actor,
     * or both an armed actor and a place ("the army pulled out of Ramadi"; not "Canada pulled out of the talks", nor
     * "the senator pulled out of the race in Iowa"), or an object no noun qualifies ("stepped up security", not "energy
     * security" nor "the security of the app").
     */
    enum Requirement {
        NONE, PLACE, OBJECT_PLACE, EXPELLED_FROM_PLACE, ARMED_ACTOR, ARMED_ACTOR_PLACE, INTRANSITIVE, PARTY,
        BARE_OBJECT;

        /** Whether the actor must be a state, an armed group or a coalition. */
        boolean armed() {
            return this == ARMED_ACTOR || this == ARMED_ACTOR_PLACE;
        }
    }

    static List<EventPattern> load(LanguagePack pack) {
        return pack.rows(FILE).stream().map(f -> {
            if (f.length != 10) {
                throw new IllegalStateException(pack.code() + "/" + FILE + ": expected 10 columns, found " + f.length
                        + " in " + String.join(" ", f));
            }
            Condition kind = f[2].equals("-") ? Condition.NONE : switch (f[2].substring(0, Math.max(0, f[2].indexOf('=')))) {
                case "obj" -> Condition.OBJECT;
                case "gov" -> Condition.GOVERNOR;
                case "prep" -> Condition.PREPOSITION;
                case "obj!" -> Condition.NOT_OBJECT;
                case "rel" -> Condition.RELATION;
                case "pred" -> Condition.PREDICATE;
                case "that" -> Condition.CLAUSE_PREDICATE;
                case "clause" -> switch (f[2]) {
                    case "clause=subjunctive" -> Condition.SUBJUNCTIVE_CLAUSE;
                    case "clause=hostile" -> Condition.HOSTILE_INFINITIVE;
                    case "clause=existential" -> Condition.EXISTENTIAL_CLAUSE;
                    case "clause=arrangement" -> Condition.ARRANGEMENT;
                    default -> throw new IllegalStateException(pack.code() + "/" + FILE
                            + ": clause= is subjunctive, hostile, existential or arrangement, was " + f[2]);
                };
                default -> throw new IllegalStateException(pack.code() + "/" + FILE + ": condition must be -, obj=, "
                        + "obj!=, gov=, prep=, rel=, pred=, that= or clause=, was " + f[2]);
            };
            Set<String> condition = kind == Condition.NONE ? Set.of()
                    : Set.of(f[2].substring(f[2].indexOf('=') + 1).split("\\|"));
            PlaceRole place = switch (f[8]) {
                case "arguments" -> PlaceRole.ARGUMENTS;
                case "subject+arguments" -> PlaceRole.SUBJECT_AND_ARGUMENTS;
                case "origin+arguments" -> PlaceRole.ORIGIN_AND_ARGUMENTS;
                default -> throw new IllegalStateException(FILE + ": unknown place role " + f[8]);
            };
            Requirement requires = f[9].equals("-") ? Requirement.NONE
                    : Requirement.valueOf(f[9].toUpperCase(Locale.ROOT).replace('-', '_'));
            EventType plover = EventType.parse(f[3]).orElseThrow(() -> new IllegalStateException(
                    pack.code() + "/" + FILE + ": unknown PLOVER type " + f[3]));
            Optional<AcledType> acled = f[5].equals(TERRITORY) ? Optional.empty()
                    : Optional.of(AcledType.parse(f[5]).orElseThrow(() -> new IllegalStateException(
                            pack.code() + "/" + FILE + ": unknown ACLED type " + f[5])));
            return new EventPattern(f[0].equals("N"), f[1], kind, condition, plover, f[4], acled, Double.parseDouble(f[6]),
                    ActorRole.parse(f[7]), place, requires);
        }).toList();
    }

    /** The condition as the row writes it ("obj=control|town", "-"), its words sorted. */
    String conditionText() {
        String words = String.join("|", new TreeSet<>(condition));
        return switch (conditionKind) {
            case NONE -> "-";
            case OBJECT -> "obj=" + words;
            case GOVERNOR -> "gov=" + words;
            case PREPOSITION -> "prep=" + words;
            case NOT_OBJECT -> "obj!=" + words;
            case RELATION -> "rel=" + words;
            case PREDICATE -> "pred=" + words;
            case CLAUSE_PREDICATE -> "that=" + words;
            case SUBJUNCTIVE_CLAUSE -> "clause=subjunctive";
            case HOSTILE_INFINITIVE -> "clause=hostile";
            case EXISTENTIAL_CLAUSE -> "clause=existential";
            case ARRANGEMENT -> "clause=arrangement";
        };
    }

    /** A change of territory: ACLED's type then depends on who took it. */
    public boolean isTerritorial() {
        return acled.isEmpty();
    }

    public boolean isStatement() {
        return plover == EventType.STATEMENT;
    }

    /**
     * A statement whose object the row names ("claimed responsibility", "issued a report"): a deed of its subject,
     * whoever that is, never a saying that attributes words.
     */
    boolean isStatementDeed() {
        return isStatement() && !noun && conditionKind == Condition.OBJECT;
    }

    /**
     * Whether the pattern codes no event without a place (the armed actor, intransitivity and the party are not
     * about places).
     */
    boolean needsPlace() {
        return requires != Requirement.NONE && requires != Requirement.ARMED_ACTOR
                && requires != Requirement.INTRANSITIVE && requires != Requirement.PARTY
                && requires != Requirement.BARE_OBJECT;
    }
}
