package org.sitrep.coding.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.coding.actors.ActorResolver;
import org.sitrep.coding.actors.Referent;
import org.sitrep.coding.events.EventDater;
import org.sitrep.coding.events.ModalityDetector;
import org.sitrep.coding.events.TimelineParagraphs;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.coding.syntax.Clauses;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.LinkedMention;
import org.sitrep.language.LanguagePack;
import org.sitrep.language.WordList;
import org.sitrep.model.Actor;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads control stated as a description rather than an event, by the shapes of the language pack's
 * {@code control-phrases.tsv}: "rebel-held Douma", "Raqqa, held by the Islamic State", "under government control",
 * "the ISIS stronghold of Raqqa", "in the hands of X", "besieged by X" (contested). A description is a claim as of
 * the article's date; one marked as past ("the former rebel stronghold") is no claim.
 */
public final class ControlPhrases {
    private static final double CONFIDENCE = 0.75;
    /** A year written out in a time expression ("April 8, 2018"). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b");
    /** The value of a time expression that refers to the future as a whole ("in the future", "someday"). */
    private static final String FUTURE = "FUTURE_REF";
    /** Shapes of a state that, told in the present perfect, lasts from its clause's time to the report. */
    private static final Set<Shape> LASTING = Set.of(Shape.VERB, Shape.UNDER, Shape.PARTICIPLE, Shape.HANDS,
            Shape.SUBJECT);
    private final List<Phrase> phrases;
    private final KnowledgeBase knowledge;
    /** How far up the parse a place may sit below the verb that lost it. */
    private static final int LOSS_DEPTH = 6;
    /** How far up the parse the side making an attempt is looked for. */
    private static final int ATTEMPT_DEPTH = 3;
    private final LanguagePack pack;
    private final ControlOwners owners;
    private final ModalityDetector modality;
    private final EventDater dater;
    private final PhrasePlaces phrasePlaces;
    /** The nouns of a siege, the words of the {@code relief} rows: what "of" a siege is besieged. */
    private final Set<String> siegeNouns;
    /** The nouns of a fight for a place, the words of the {@code contest} and {@code attempt} rows. */
    private final Set<String> fightNouns;

    /** The shapes a control phrase can take. */
    enum Shape { SUFFIX, PARTICIPLE, CAPTURED, UNDER, SHARED, BASE, HANDS, ADJECTIVE, VERB, SUBJECT, TAKEN, CONTEST,
        RELIEF, ATTEMPT, APPROACH, SCENE, POSTED, KEPT }

    private record Phrase(Shape shape, List<String> words, ControlStatus status, boolean nonStateOwner) {
    }

    public ControlPhrases(KnowledgeBase knowledge, LanguagePack pack, ModalityDetector modality) {
        this.knowledge = knowledge;
        this.pack = pack;
        this.owners = new ControlOwners(knowledge, pack);
        this.modality = modality;
        this.dater = new EventDater(pack);
        this.phrases = pack.rows("control-phrases.tsv").stream().map(f -> new Phrase(
                Shape.valueOf(f[0].toUpperCase(Locale.ROOT)), List.of(f[1].toLowerCase(Locale.ROOT).split("\\|")),
                ControlStatus.valueOf(f[2]), f[3].equals("non-state"))).toList();
        // the verbs of taking a place (what an attempt is made to do) and the nouns of a held state ("took control of")
        this.phrasePlaces = new PhrasePlaces(pack, wordsOf(p -> p.shape() == Shape.TAKEN),
                wordsOf(p -> p.shape() == Shape.UNDER && p.status() == ControlStatus.HELD));
        this.siegeNouns = wordsOf(p -> p.shape() == Shape.RELIEF);
        this.fightNouns = wordsOf(p -> p.shape() == Shape.CONTEST || p.shape() == Shape.ATTEMPT);
    }

    private Set<String> wordsOf(Predicate<Phrase> rows) {
        return phrases.stream().filter(rows).flatMap(p -> p.words().stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Every control claim the article states as a description, as of the article's date (a state's clause time is
     * often another clause's: "Kobani, which was seized in 2014"); a passage into control ("surrendered to regime
     * control last year") holds since its clause's time.
     */
    public Described find(Linked linked, List<TimeExpression> times, Optional<LocalDate> published) {
        ActorResolver resolver = new ActorResolver(knowledge, linked, pack);
        List<ControlChange> claims = new ArrayList<>();
        Set<ControlChange> current = new HashSet<>();
        Set<ControlChange> ends = new HashSet<>();
        TimelineParagraphs paragraphs = new TimelineParagraphs(linked.annotated(), times, published);
        for (Sentence sentence : linked.annotated().sentences()) {
            for (Token token : sentence.tokens()) {
                // lower-cased once a token, not once a row
                String word = token.word().toLowerCase(Locale.ROOT);
                String lemma = token.lemma().toLowerCase(Locale.ROOT);
                for (Phrase phrase : phrases) {
                    claim(linked, resolver, sentence, token, word, lemma, phrase).ifPresent(found -> {
                        if (afterReport(times, sentence, published) || paragraphs.later(sentence.begin())
                                || phrase.status() == ControlStatus.CONTESTED && foreseen(times, sentence)) {
                            // a caption of a gallery updated after the page's day ("rebel-held X on April 8, 2018"
                            // on a 2015 page) tells of a day the page cannot have seen: no claim as of the page; a
                            // fight told beside "in the future" is foreseen, not under way
                            return;
                        }
                        // "rebels have held X since 2013": a state that lasts to the report, held from its clause's
                        // time and told as of the report, not as of that time
                        boolean lasting = phrase.status() == ControlStatus.HELD && LASTING.contains(phrase.shape())
                                && presentPerfect(sentence, token.index());
                        Optional<CalendarDate> since = found.passage() || lasting ? passageDate(linked, times,
                                sentence, token, published) : Optional.empty();
                        // a label dated well before the report speaks of that day: a photo caption dated months
                        // before the page ("rebel-held Idlib, Syria, March 22, 2015") is no word on the page's day
                        // and a passage dated well before ("Morek, captured by rebels in May 2014") vouches for
                        // the hold as of then, not as of the report
                        Optional<CalendarDate> passed = since.filter(d -> ControlDeriver.longBefore(d, published));
                        Optional<CalendarDate> asOf = lasting && published.isPresent()
                                ? published.map(CalendarDate::day)
                                : sentenceDay(linked, times, sentence, token, published)
                                .or(() -> passed).or(() -> timelineEntry(times, sentence, published))
                                .or(() -> published.map(CalendarDate::day));
                        if (phrase.status() == ControlStatus.CONTESTED && !presentTense(sentence, token.index())) {
                            // "Kobani, besieged by ISIS in 2014": a siege its clause dates long before the report
                            // tells how things stood then, not now ("has been under siege since 2013" still does)
                            Optional<CalendarDate> then = passageDate(linked, times, sentence, token, published)
                                    .filter(d -> ControlDeriver.longBefore(d, published));
                            if (then.isPresent()) {
                                since = then;
                                // "a siege of the area since 2013": a stretch that time opens reaches up to the
                                // report, so the place is still fought over as of the report
                                asOf = stretchToNow(times, sentence) ? asOf : then;
                            }
                        }
                        // the side a contest phrase names besieges or attacks the place ("besieged by X", "under
                        // X attack"); a contest is named by the side holding the place, which this phrase does not say
                        Optional<Referent> holder = phrase.status() == ControlStatus.CONTESTED ? Optional.empty()
                                : found.controller();
                        // ... and it is the contest's challenger
                        Optional<String> challenger = phrase.status() != ControlStatus.CONTESTED ? Optional.empty()
                                : found.controller().map(c -> owners.where(c, found.place().place()).name());
                        // "rebel- and regime-held districts of X": each side holds a part, a claim of its own; a
                        // place two sides hold parts of is contested
                        List<Optional<Referent>> holders = new ArrayList<>(List.of(holder));
                        if (holder.isPresent()) {
                            found.otherSides().stream().filter(o -> holders.stream().flatMap(Optional::stream)
                                    .noneMatch(h -> h.name().equals(o.name())))
                                    .forEach(o -> holders.add(Optional.of(o)));
                        }
                        boolean split = holders.size() > 1;
                        // "Fallujah and Mosul are under the militants' control": one claim for each place; a part
                        // claimed under its town ("the district of Jobar, which is divided …") is claimed by its name
                        // too, whole, as news asks for it by name
                        // a place named in another sentence (the town a bare "a rebel-held town" stands for) has no
                        // conjuncts in this one
                        List<LinkedMention> places = new ArrayList<>(found.place().sentence() == sentence.index()
                                ? phrasePlaces.withConjuncts(linked, sentence, found.place()) : List.of(found.place()));
                        found.part().ifPresent(places::add);
                        for (LinkedMention place : places) {
                            boolean whole = !split && (found.part().filter(place::equals).isPresent()
                                    || !found.partial());
                            for (Optional<Referent> side : holders) {
                                // "the Kurdish capital of Erbil": a description means the side of the place's country
                                Optional<Referent> here = side.map(h -> owners.where(h, place.place()));
                                ControlChange claim = new ControlChange(place.mention().canonical(),
                                        place.mention().ref(),
                                        here.map(Referent::name).orElse(ControlChange.HOLDER_NOT_STATED),
                                        here.flatMap(Referent::side),
                                        whole ? phrase.status() : ControlStatus.CONTESTED, since, asOf,
                                        CONFIDENCE, new Evidence(linked.annotated().article().id(), sentence.begin(),
                                        sentence.end(), sentence.text()), challenger.stream().toList());
                                claims.add(claim);
                                if (phrase.shape() == Shape.VERB) {
                                    current.add(claim);
                                }
                                if (phrase.shape() == Shape.RELIEF) {
                                    ends.add(claim);
                                }
                            }
                        }
                    });
                }
            }
        }
        return new Described(claims, current, ends);
    }

    /**
     * The article's described states, and those of them told by a verb in the present tense ("Kurdish fighters
     * control Kobani"), which state the report's day where a label ("the rebel-held town", "the ISIS stronghold of
     * X") states the day its sentence tells of.
     */
    public record Described(List<ControlChange> claims, Set<ControlChange> current, Set<ControlChange> ends) {
        /** Described states none of which ends a contest. */
        Described(List<ControlChange> claims, Set<ControlChange> current) {
            this(claims, current, Set.of());
        }
    }

    /**
     * The day, not a longer span, that the clause of a label states when it lies well before the report; a label
     * in recent news ("shelled rebel-held Douma on Monday") speaks as of the report.
     */
    private Optional<CalendarDate> sentenceDay(Linked linked, List<TimeExpression> times, Sentence sentence,
                                               Token token, Optional<LocalDate> published) {
        return passageDate(linked, times, sentence, token, published)
                .filter(d -> d.granularity() == CalendarDate.Granularity.DAY
                        && ControlDeriver.longBefore(d, published));
    }

    /**
     * Whether the sentence states, with its year, a time that begins more than a week after the report: a page
     * updated after its day (a caption's "on April 8, 2018" on a 2015 page). A day without a year is read back.
     */
    private static boolean afterReport(List<TimeExpression> times, Sentence sentence, Optional<LocalDate> published) {
        return published.isPresent() && times.stream().anyMatch(t -> t.start() >= sentence.begin()
                && t.end() <= sentence.end() && YEAR.matcher(t.text()).find() && t.calendarDate()
                .filter(d -> d.first().isAfter(published.get().plusDays(ControlDeriver.RECENT_DAYS))).isPresent());
    }

    /**
     * Whether the sentence refers to the future as such ("the decisive battle at some point in the future"): a fight
     * it tells of is one foreseen, not one under way as of the report.
     */
    private static boolean foreseen(List<TimeExpression> times, Sentence sentence) {
        return times.stream().anyMatch(t -> t.start() >= sentence.begin() && t.end() <= sentence.end()
                && t.value().filter(FUTURE::equals).isPresent());
    }

    /** Whether a time of the sentence opens a stretch reaching up to now ("since 2013"). */
    private boolean stretchToNow(List<TimeExpression> times, Sentence sentence) {
        return times.stream().filter(t -> t.start() >= sentence.begin() && t.end() <= sentence.end())
                .anyMatch(t -> sentence.tokens().stream().filter(w -> w.end() <= t.start()).reduce((a, b) -> b)
                        .filter(w -> pack.has(WordList.STRETCH_MARKERS, w.word().toLowerCase(Locale.ROOT)))
                        .isPresent());
    }

    /**
     * The time a timeline's entry opens with ("September 2014: jets begin bombing ... the group's stronghold in X"),
     * when it lies well before the report: the entry tells of that time, whatever its granularity.
     */
    private static Optional<CalendarDate> timelineEntry(List<TimeExpression> times, Sentence sentence,
                                                        Optional<LocalDate> published) {
        return TimelineParagraphs.entry(times, sentence).filter(d -> ControlDeriver.longBefore(d, published));
    }

    /** The time the clause of a passage into control states, if it states one. */
    private Optional<CalendarDate> passageDate(Linked linked, List<TimeExpression> times, Sentence sentence,
                                               Token token, Optional<LocalDate> published) {
        EventDater.EventDate when = dater.notAfterReport(dater.passageDate(linked, times, sentence, token),
                Modality.ASSERTED, published);
        return when.explicit() ? when.value() : Optional.empty();
    }

    /** A described place; without a controller only when the phrase says it is contested. */
    private record Found(LinkedMention place, Optional<Referent> controller, boolean partial, boolean passage,
                         Optional<LinkedMention> part, List<Referent> otherSides) {
    }

    private Optional<Found> claim(Linked linked, ActorResolver resolver, Sentence sentence, Token token, String word,
                                  String lemma, Phrase phrase) {
        // one method per shape, each compiled on its own: a branch first taken late in a run recompiles its shape only
        Optional<Reading> reading = switch (phrase.shape()) {
            case SUFFIX -> suffixReading(linked, sentence, token, word, phrase);
            case PARTICIPLE, CAPTURED -> participleReading(linked, resolver, sentence, token, lemma, phrase);
            case SHARED -> sharedReading(linked, sentence, token, lemma, phrase);
            case UNDER, HANDS -> underReading(linked, resolver, sentence, token, word, lemma, phrase);
            case BASE -> baseReading(linked, resolver, sentence, token, lemma, phrase);
            case ADJECTIVE -> adjectiveReading(resolver, sentence, token, word, phrase);
            case VERB -> verbReading(linked, resolver, sentence, token, lemma, phrase);
            case TAKEN -> takenReading(linked, resolver, sentence, token, word, lemma, phrase);
            case SUBJECT -> subjectReading(linked, resolver, sentence, token, word, lemma, phrase);
            case CONTEST -> contestReading(sentence, token, lemma, phrase);
            case RELIEF -> reliefReading(resolver, sentence, token, lemma, phrase);
            case ATTEMPT -> attemptReading(linked, resolver, sentence, token, lemma, phrase);
            case APPROACH -> approachReading(linked, resolver, sentence, token, word, lemma, phrase);
            case SCENE -> sceneReading(resolver, sentence, token, word, lemma, phrase);
            case POSTED -> postedReading(linked, resolver, sentence, token, lemma, phrase);
            case KEPT -> keptReading(linked, resolver, sentence, token, lemma, phrase);
        };
        return reading.flatMap(r -> found(linked, sentence, token, word, phrase, r));
    }

    /** What a shape reads from its sentence: the side said to hold, other sides named, the place's token, a passage. */
    private record Reading(Optional<Referent> controller, List<Referent> otherSides, int anchor, boolean passage) {
    }

    private Optional<Reading> suffixReading(Linked linked, Sentence sentence, Token token, String word, Phrase phrase) {
        Optional<Referent> controller;
        List<Referent> otherSides;
        int anchor;
        // "rebel-held", tokenized as rebel - held
        int i = token.index();
        if (!phrase.words().contains(word) || i < 2 || !sentence.tokens().get(i - 1).word().equals("-")) {
            return Optional.empty();
        }
        controller = owners.prefix(linked, sentence, i - 2);
        otherSides = suspendedPrefixes(linked, sentence, i - 2);
        anchor = PhrasePlaces.headOf(sentence, i);
        return Optional.of(new Reading(controller, otherSides, anchor, false));
    }

    private Optional<Reading> participleReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                                String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        boolean passage = false;
        if (!phrase.words().contains(lemma) || !token.pos().equals("VBN")) {
            return Optional.empty();
        }
        // "the village of Morek captured by rebels in May": held since the clause's time
        passage = phrase.shape() == Shape.CAPTURED;
        if (passage && !factual(sentence, token.index())) {
            return Optional.empty(); // "Raqqa could be captured by the SDF within weeks"
        }
        if (pastState(sentence, token.index()) && !(passage && !perfect(sentence, token.index()))
                && !(!passage && heldWhenFought(linked, sentence, token.index()))) {
            // "towns that were controlled by ISIL": a past state, now ended; a passage told in the simple
            // past still holds ("the dam, which was recently reclaimed by Kurdish forces"), not one told
            // before the story's time ("which had been captured by IS", since retaken)
            return Optional.empty();
        }
        controller = owners.marked(resolver, sentence, token.index(), WordList.AGENT_PREPOSITIONS);
        // "Sinjar, which was retaken by X": a relative pronoun stands for the place its clause describes
        Optional<Integer> subject = sentence.children(token.index(), "nsubj:pass").stream()
                .filter(s -> !PlaceFinder.relativePronoun(pack, s))
                .map(Token::index).findFirst();
        // "the X area, which lies south of the city and is controlled by Y": the place the clause describes
        int described = subject.isEmpty()
                ? phrasePlaces.relativeAntecedent(linked, sentence, token.index()) : -1;
        anchor = subject.orElse(phrasePlaces.adjacentPlace(linked, sentence, token.index())
                .orElse(described >= 0 ? described : PhrasePlaces.headOf(sentence, token.index())));
        return Optional.of(new Reading(controller, List.of(), anchor, passage));
    }

    private Optional<Reading> sharedReading(Linked linked, Sentence sentence, Token token, String lemma,
                                            Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "divided between regime and rebel control": control shared by sides is a contest; the parse
        // hangs the preposition on the first side, the control noun conjoined to it
        int shared = sentence.head(token.index()).filter(h -> h.relation().startsWith("conj"))
                .map(Dependency::governor).orElse(token.index());
        if (!phrase.words().contains(lemma) || pastState(sentence, token.index())
                || !Clauses.markedBy(pack, sentence, shared, WordList.SHARED_CONTROL_PREPOSITIONS)) {
            return Optional.empty();
        }
        controller = Optional.empty();
        // "the town of X is divided between …": the clause's subject, unless a relative pronoun
        int clause = PhrasePlaces.headOf(sentence, shared);
        anchor = clause < 0 ? -1 : sentence.children(clause, "nsubj").stream()
                .filter(s -> !PlaceFinder.relativePronoun(pack, s))
                .map(Token::index).findFirst().orElse(phrasePlaces.placeAbove(linked, sentence, shared));
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> underReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                           String word, String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        boolean passage = false;
        WordList prepositions = phrase.shape() == Shape.UNDER ? WordList.CONTROL_PREPOSITIONS
                : WordList.HANDS_PREPOSITIONS;
        passage = phrase.shape() == Shape.UNDER && phrase.status() == ControlStatus.HELD
                && Clauses.markedBy(pack, sentence, token.index(), WordList.CONTROL_CHANGE_PREPOSITIONS);
        if (!phrase.words().contains(lemma) && !phrase.words().contains(word)
                || !(passage || Clauses.markedBy(pack, sentence, token.index(), prepositions))
                || pastState(sentence, token.index())) {
            return Optional.empty(); // "Tikrit, which had been under ISIS control": a past state
        }
        controller = owners.owner(linked, resolver, sentence, token.index());
        anchor = phrasePlaces.placeAbove(linked, sentence, token.index());
        return Optional.of(new Reading(controller, List.of(), anchor, passage));
    }

    private Optional<Reading> baseReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                          String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        if (!phrase.words().contains(lemma) && !endsPhrase(sentence, token.index(), phrase.words())) {
            return Optional.empty();
        }
        // "Manbij remained an ISIS stronghold until 2016": the verb the noun completes tells a past state
        if (PhrasePlaces.complementedVerb(sentence, token.index()).filter(verb -> sentence.tokens().get(verb)
                .pos().equals("VBD") || pastState(sentence, verb)).isPresent()) {
            return Optional.empty();
        }
        // "one of ISIS's last bastions"; with the apostrophe lost the parse hangs the owner on the number
        controller = owners.owner(linked, resolver, sentence, token.index())
                .or(() -> PhrasePlaces.countingNumber(sentence, token.index())
                        .flatMap(one -> owners.owner(linked, resolver, sentence, one)));
        anchor = phrasePlaces.baseAnchor(linked, sentence, token.index());
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> adjectiveReading(ActorResolver resolver, Sentence sentence, Token token, String word,
                                               Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "the besieged town of Douma", "besieged Aleppo": who besieges, if said, is "by X"
        if (!phrase.words().contains(word) || sentence.head(token.index())
                .filter(h -> h.relation().equals("amod")).isEmpty()) {
            return Optional.empty();
        }
        controller = owners.marked(resolver, sentence, token.index(), WordList.AGENT_PREPOSITIONS);
        anchor = PhrasePlaces.headOf(sentence, token.index());
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> verbReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                          String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "the Islamic State controls Raqqa", "DAESH holds 60 percent of Deir Ezzor": a state in the present
        // tense, asserted or reported ("militants control Mosul, the monitor said": news tells most holds
        // through a source), not "no longer holds", not "could hold"
        // "militants controlling Raqqa", "rebels holding Douma fired mortars": a present participle that
        // describes a side holds the place for it, as its clause is the side's state at the sentence's time
        Optional<Integer> described = describedSide(sentence, token);
        boolean heldWhenFought = heldWhenFought(linked, sentence, token.index());
        if (!phrase.words().contains(lemma) || !(token.isPresentTense() || presentPerfect(sentence, token.index())
                || described.isPresent() || heldWhenFought) || !factual(sentence, token.index())) {
            return Optional.empty();
        }
        controller = described.isPresent()
                ? fighters(resolver, sentence, sentence.tokens().get(described.get()))
                : namedSubject(resolver, sentence, token.index());
        // the object is the place or a noun of one ("holds 60 percent of Deir Ezzor"), not something
        // held there ("holds a rally in Minneapolis"); a relative pronoun stands for the fought-over place
        anchor = heldWhenFought ? sentence.head(token.index()).get().governor()
                : sentence.children(token.index(), "obj").stream().findFirst()
                .filter(o -> phrasePlaces.placeAt(linked, sentence, o.index()).isPresent()
                        || phrasePlaces.placeNoun(o) || phrasePlaces.quantityOfPlace(linked, sentence, o))
                .map(Token::index).orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> takenReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                           String word, String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        boolean passage = false;
        // "militants captured the villages of A, B and C": a place no event can hold, as the gazetteer
        // lacks it; a place it knows is the capture event's
        // "troops took control of the village of X": the place is what control is taken of
        Optional<Token> object = sentence.children(token.index(), "obj").stream().findFirst()
                .map(o -> phrasePlaces.controlledThing(sentence, o));
        // "strikes have helped Kurdish forces protect Irbil and retake the dam": taken, as the verb it
        // completes says it happened
        Optional<Integer> helpedSubject = helped(sentence, token.index());
        if (!phrase.words().contains(lemma) || !(token.isPast() || helpedSubject.isPresent())
                || object.isEmpty()
                || !sentence.children(token.index(), "nsubj:pass").isEmpty()
                || !factual(sentence, token.index())) {
            return Optional.empty();
        }
        // "after they retook it": a pronoun stands for the place named before it in the sentence, which
        // no event places, listed or not
        String objectWord = object.get().word().toLowerCase(Locale.ROOT);
        boolean pronoun = object.get().pos().equals("PRP") && !pack.has(WordList.PERSON_PRONOUNS, objectWord)
                && !pack.has(WordList.GROUP_PRONOUNS, objectWord);
        Optional<LinkedMention> taken = pronoun
                ? phrasePlaces.placeBefore(linked, sentence, object.get().index())
                : phrasePlaces.placeAt(linked, sentence, object.get().index())
                .or(() -> phrasePlaces.takenName(linked, sentence, object.get().index()))
                .or(() -> phrasePlaces.placeOf(linked, sentence, object.get().index()));
        if (taken.isEmpty() || taken.get().place().isPresent() && !pronoun) {
            return Optional.empty();
        }
        passage = true;
        // "the Peshmerga had to clear mines after they retook it": the pronoun names the Peshmerga
        controller = helpedSubject.map(sentence.tokens()::get)
                .or(() -> sentence.children(token.index(), "nsubj").stream().findFirst())
                .flatMap(subject -> fighters(resolver, sentence, subject));
        anchor = pronoun ? taken.get().lastToken() : object.get().index();
        return Optional.of(new Reading(controller, List.of(), anchor, passage));
    }

    private Optional<Reading> subjectReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                             String word, String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "Kurdish forces are in control of Tal Abyad", "militants are entrenched in Mosul": the subject holds
        // the place the predicate takes, told as now and asserted
        boolean noun = token.pos().startsWith("NN");
        int predicate = noun ? linkingVerb(sentence, token.index()).orElse(token.index()) : token.index();
        if (!phrase.words().contains(lemma) && !phrase.words().contains(word)
                || noun && !Clauses.markedBy(pack, sentence, token.index(), WordList.HANDS_PREPOSITIONS)
                || pastState(sentence, token.index()) || pastState(sentence, predicate)
                || !factual(sentence, token.index())) {
            return Optional.empty();
        }
        controller = namedSubject(resolver, sentence, predicate);
        anchor = sentence.children(token.index()).stream().map(Dependency::dependent)
                .filter(c -> (sentence.head(c).map(h -> h.relation().startsWith("nmod")
                        || h.relation().startsWith("obl")).orElse(false))
                        && !Clauses.markedBy(pack, sentence, c, WordList.NEAR_PREPOSITIONS)
                        && (phrasePlaces.placeAt(linked, sentence, c).isPresent()
                        || phrasePlaces.placeOf(linked, sentence, c).isPresent()))
                .findFirst().orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> contestReading(Sentence sentence, Token token, String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "the battle for Kobani", "the fight for control of X": the place fought for is contested; a fight
        // that is the subject of a verb in the simple past is told as over ("the battle for X lasted a year")
        if (!phrase.words().contains(lemma) || !token.pos().startsWith("NN")
                || pastSubject(sentence, token.index()) || !factual(sentence, token.index())
                || sentence.head(token.index()).filter(h -> h.relation().equals("obj") && h.governor() >= 0
                && pack.has(WordList.CONTEST_END_VERBS, sentence.tokens().get(h.governor()).lemma()
                .toLowerCase(Locale.ROOT))).isPresent()) {
            return Optional.empty();
        }
        controller = Optional.empty();
        // "a regime siege of the area" besieges the area, where "the battle of X" mostly names a battle of
        // the past, so only a siege noun takes "of"
        boolean siege = siegeNouns.contains(lemma);
        anchor = sentence.children(token.index()).stream().map(Dependency::dependent)
                .filter(c -> sentence.head(c).map(h -> h.relation().startsWith("nmod")).orElse(false)
                        && (Clauses.markedBy(pack, sentence, c, WordList.CONTEST_PREPOSITIONS)
                        || siege && Clauses.markedBy(pack, sentence, c, WordList.SIEGE_PREPOSITIONS)))
                .findFirst().orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> reliefReading(ActorResolver resolver, Sentence sentence, Token token, String lemma,
                                            Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        boolean passage = false;
        // "government troops broke the siege of Deir Ezzor", "the siege of X was lifted by Y": the side that
        // ends a siege it did not lay holds the place from then; a siege tightened or ended by its besieger
        // ("IS lifted its siege of X") gives no one the place
        Optional<Dependency> ending = sentence.head(token.index()).filter(h -> h.governor() >= 0
                && (h.relation().equals("obj") || h.relation().equals("nsubj:pass"))
                && pack.has(WordList.CONTEST_END_VERBS, sentence.tokens().get(h.governor()).lemma()
                .toLowerCase(Locale.ROOT)));
        if (!phrase.words().contains(lemma) || !token.pos().startsWith("NN") || ending.isEmpty()
                || !sentence.tokens().get(ending.get().governor()).isPast()
                || !factual(sentence, ending.get().governor())) {
            return Optional.empty();
        }
        int verb = ending.get().governor();
        controller = ending.get().relation().equals("obj")
                ? sentence.children(verb, "nsubj").stream().findFirst()
                .flatMap(subject -> fighters(resolver, sentence, subject))
                : owners.marked(resolver, sentence, verb, WordList.AGENT_PREPOSITIONS);
        Optional<String> besieger = sentence.children(token.index(), "nmod:poss").stream().findFirst()
                .flatMap(p -> resolver.resolve(sentence, p.index())).flatMap(Referent::side);
        if (controller.flatMap(Referent::side).filter(side -> besieger.filter(side::equals).isPresent())
                .isPresent()) {
            return Optional.empty();
        }
        passage = true;
        // "the siege of X"; "a siege imposed by IS on X", the place hung on the participle that lays the siege
        anchor = sentence.children(token.index()).stream().map(Dependency::dependent)
                .filter(c -> sentence.head(c).map(h -> h.relation().startsWith("nmod")).orElse(false)
                        && Clauses.markedBy(pack, sentence, c, WordList.SIEGE_PREPOSITIONS))
                .findFirst()
                .or(() -> sentence.children(token.index()).stream()
                        .filter(c -> c.relation().equals("acl") && sentence.tokens().get(c.dependent()).isVerb())
                        .flatMap(c -> sentence.children(c.dependent()).stream())
                        .filter(c -> c.relation().startsWith("obl")
                                && Clauses.markedBy(pack, sentence, c.dependent(), WordList.SIEGE_PREPOSITIONS))
                        .map(Dependency::dependent).findFirst())
                .orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, passage));
    }

    private Optional<Reading> attemptReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                             String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        boolean passage = false;
        // "troops launched an offensive to retake X", "fighters appeared on the verge of taking X": the
        // place is fought over from then, by the side making the attempt, whoever holds it; an offensive
        // prepared or told as over ("preparing an offensive to ...") contests nothing now
        Optional<Integer> taking = phrase.words().contains(lemma) && token.pos().startsWith("NN")
                && !pastSubject(sentence, token.index()) && factual(sentence, token.index())
                && !toCome(sentence, token.index())
                ? phrasePlaces.takingClause(sentence, token.index()) : Optional.empty();
        if (taking.isEmpty()) {
            return Optional.empty();
        }
        anchor = phrasePlaces.takenPlace(linked, sentence, taking.get()).orElse(-1);
        passage = true;
        controller = attacker(resolver, sentence, token.index());
        return Optional.of(new Reading(controller, List.of(), anchor, passage));
    }

    private Optional<Reading> approachReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                              String word, String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "fighters have been advancing on Manbij", "troops are closing in on Palmyra": the place is fought
        // over as of the clause's time, the side approaching it its challenger; a word of two ("close in")
        // wants its particle, as "closed on Monday" approaches nothing
        if (!token.isVerb() || !approaching(sentence, token, lemma, phrase.words())
                || !factual(sentence, token.index())) {
            return Optional.empty();
        }
        controller = sentence.children(token.index(), "nsubj").stream().findFirst()
                .flatMap(subject -> fighters(resolver, sentence, subject));
        anchor = placeObliqueOf(linked, sentence, token, WordList.CONTEST_PREPOSITIONS);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> sceneReading(ActorResolver resolver, Sentence sentence, Token token, String word,
                                           String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "Aleppo has been the scene of heavy clashes between rebels and troops": the place the fighting is
        // the scene of is contested as of its clause, a side it is fought between its challenger; "the area
        // was the scene of battles" tells a fight that is over
        Optional<Integer> scene = sentence.head(token.index()).filter(h -> h.governor() >= 0
                        && h.relation().startsWith("nmod")
                        && pack.has(WordList.SCENE_NOUNS, sentence.tokens().get(h.governor()).word()
                        .toLowerCase(Locale.ROOT)))
                .map(Dependency::governor);
        if (!phrase.words().contains(lemma) || !token.pos().startsWith("NN") || scene.isEmpty()
                || !Clauses.markedBy(pack, sentence, token.index(), WordList.OWNER_PREPOSITIONS)
                || pastState(sentence, scene.get()) || !factual(sentence, scene.get())) {
            return Optional.empty();
        }
        controller = betweenSide(resolver, sentence, token.index());
        if (controller.isEmpty()) {
            return Optional.empty(); // a fight between no side the text names says nothing of who holds it
        }
        anchor = sentence.children(scene.get(), "nsubj").stream()
                .filter(s -> !PlaceFinder.relativePronoun(pack, s)).map(Token::index).findFirst().orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> postedReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                            String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "militants holed up in X", "the terrorists positioned in X", "rebels, who are holed up in X": the
        // side a participle of being dug in describes holds the place it is dug in, told as now; a past
        // state ("were holed up in X") or one only possible is no claim
        if (!token.isVerb() || !approaching(sentence, token, lemma, phrase.words())
                || pastState(sentence, token.index()) || !factual(sentence, token.index())) {
            return Optional.empty();
        }
        controller = postedSide(sentence, token.index())
                .flatMap(side -> fighters(resolver, sentence, sentence.tokens().get(side)))
                .filter(r -> r.actorId().isPresent());
        anchor = placeObliqueOf(linked, sentence, token, WordList.HANDS_PREPOSITIONS);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    private Optional<Reading> keptReading(Linked linked, ActorResolver resolver, Sentence sentence, Token token,
                                          String lemma, Phrase phrase) {
        Optional<Referent> controller;
        int anchor;
        // "IS tightened its grip on Palmyra", "the government maintains control of X": a hold its side keeps
        // or firms up is held by that side (the verb's subject, else the noun's possessor), told as of its
        // clause; a verb and its noun are the row's two words, so "lost control of X" is no row
        Optional<Dependency> verb = sentence.head(token.index()).filter(h -> h.relation().equals("obj")
                && h.governor() >= 0);
        if (!token.pos().startsWith("NN") || verb.isEmpty() || !phrase.words().contains(sentence.tokens()
                .get(verb.get().governor()).lemma().toLowerCase(Locale.ROOT) + " " + lemma)
                || pastState(sentence, verb.get().governor()) || !factual(sentence, verb.get().governor())) {
            return Optional.empty();
        }
        int keeper = verb.get().governor();
        controller = sentence.children(keeper, "nsubj").stream().findFirst()
                .map(subject -> sentence.tokens().get(relativeHead(sentence, subject, keeper)))
                .or(() -> sentence.children(token.index(), "nmod:poss").stream().findFirst())
                .flatMap(side -> fighters(resolver, sentence, side)).filter(r -> r.actorId().isPresent());
        anchor = sentence.children(token.index()).stream().map(Dependency::dependent)
                .filter(c -> sentence.head(c).map(h -> h.relation().startsWith("nmod")
                        && !h.relation().equals("nmod:poss")).orElse(false)
                        && !Clauses.markedBy(pack, sentence, c, WordList.NEAR_PREPOSITIONS)
                        && (phrasePlaces.placeAt(linked, sentence, c).isPresent()
                        || phrasePlaces.placeOf(linked, sentence, c).isPresent()))
                .findFirst().orElse(-1);
        return Optional.of(new Reading(controller, List.of(), anchor, false));
    }

    /** The claim a shape's reading makes, once its place is found and the checks common to all shapes pass. */
    private Optional<Found> found(Linked linked, Sentence sentence, Token token, String word, Phrase phrase,
                                  Reading reading) {
        Optional<Referent> controller = reading.controller();
        List<Referent> otherSides = reading.otherSides();
        int anchor = reading.anchor();
        boolean passage = reading.passage();
        boolean unowned = controller.isEmpty() && phrase.status() == ControlStatus.CONTESTED;
        if ((controller.isEmpty() && !unowned) || anchor < 0 || ended(sentence, token.index())
                || ended(sentence, anchor) || lost(sentence, anchor)) {
            return Optional.empty();
        }
        if (phrase.nonStateOwner() && controller.isPresent() && controller.get().actorId().flatMap(knowledge::byId)
                .map(a -> a.kind() == Actor.ActorKind.STATE).orElse(true)) {
            return Optional.empty();
        }
        Optional<LinkedMention> place = phrasePlaces.placeAt(linked, sentence, anchor);
        // "Manbij is near areas held by government forces" claims nothing of Manbij; "near the X area, which is
        // held by Y" and "near the city of X, which is held by Y" still claim X, the noun's own name
        boolean ownName = anchor >= 0 && sentence.children(anchor).stream().anyMatch(c -> (c.relation()
                .startsWith("compound") || phrasePlaces.naming(sentence.tokens().get(anchor))
                && c.relation().startsWith("nmod")
                && Clauses.markedBy(pack, sentence, c.dependent(), WordList.OWNER_PREPOSITIONS))
                && phrasePlaces.placeAt(linked, sentence, c.dependent()).isPresent());
        if (place.isEmpty() && anchor >= 0 && phrasePlaces.near(sentence, anchor) && !ownName) {
            return Optional.empty();
        }
        boolean partial = false;
        if (place.isEmpty()) {
            // "the rebel-held town of Kobani"; "rebel-held districts of Aleppo" claims only part of the place
            place = phrasePlaces.placeOf(linked, sentence, anchor);
            if (place.isPresent() && (phrasePlaces.vicinity(sentence, anchor, place.get())
                    || siteNamedAfter(sentence, anchor, place.get()))) {
                place = Optional.empty(); // "a rebel-held suburb of Damascus" is not Damascus
            }
            partial = place.isPresent() && pack.has(WordList.PART_MODIFIERS, sentence.tokens().get(anchor).word());
        }
        if (place.isEmpty()) {
            // "jets raid ISIS-held neighborhoods in the city": the parse hangs the part's place on the verb
            place = phrasePlaces.partsPlace(linked, sentence, anchor);
            partial |= place.isPresent();
        }
        if (place.isEmpty()) {
            place = phrasePlaces.apposedPlace(linked, sentence, anchor);
        }
        if (place.isEmpty() && anchor >= 0) {
            place = phrasePlaces.otherMember(linked, sentence, anchor);
        }
        if (place.isEmpty() && anchor >= 0 && pack.has(WordList.TOWN_PART_NOUNS,
                sentence.tokens().get(anchor).word().toLowerCase(Locale.ROOT))
                && sentence.children(anchor).stream().noneMatch(c -> c.relation().startsWith("nmod"))) {
            // "the regime-held parts", "opposition-held neighborhoods" with no place of their own: parts of the
            // town the story is in, named just before
            place = PhrasePlaces.townBefore(linked, sentence, sentence.tokens().get(anchor).begin());
            partial = place.isPresent();
        }
        if (place.isEmpty() && anchor >= 0) {
            // "airstrikes on a rebel-held village ... targeted the village of X": a town noun with no name of its
            // own is the one town the sentences around it name by that noun
            place = phrasePlaces.namedByNoun(linked, sentence, anchor);
        }
        if (place.isEmpty() || PlaceFinder.isCountry(place.get())) {
            return Optional.empty(); // "ISIS-held territory in Anbar, Iraq" claims nothing of Iraq
        }
        if (phrase.status() == ControlStatus.HELD && handedOver(sentence, place.get())) {
            // a hold described inside its passage has ended; a fight for one ("the battle for the recapture of X")
            // still contests the place
            return Optional.empty();
        }
        Optional<Integer> naming = place.get().place().isEmpty()
                ? phrasePlaces.namingNoun(linked, sentence, place.get(), 0) : Optional.empty();
        Optional<LinkedMention> namedPart = Optional.empty();
        if (naming.isPresent()) {
            // "Aleppo city's rebel-held district of Tariq al-Bab": a part the gazetteer lacks claims part of the
            // town it names; with no town named, the part is itself the place, held whole
            LinkedMention part = place.get();
            Optional<LinkedMention> town = pack.has(WordList.TOWN_PART_NOUNS,
                    sentence.tokens().get(naming.get()).word().toLowerCase(Locale.ROOT))
                    ? phrasePlaces.containingTown(linked, sentence, naming.get())
                    .or(() -> PhrasePlaces.townBefore(linked, sentence, part.mention().start()))
                    : Optional.empty();
            partial = town.isPresent();
            if (town.isPresent()) {
                namedPart = Optional.of(part);
                place = town;
            }
        }
        int placeToken = place.get().lastToken();
        // "eastern Aleppo" claims part of Aleppo; "Raqqa and its outskirts" claims Raqqa whole
        partial |= place.get().sentence() == sentence.index() && sentence.children(placeToken).stream()
                .anyMatch(c -> !c.relation().startsWith("conj")
                && pack.has(WordList.PART_MODIFIERS, sentence.tokens().get(c.dependent()).word()));
        return Optional.of(new Found(place.get(), controller, partial, passage, namedPart, otherSides));
    }

    /**
     * "the fight for the Tabqa air base", "the IS-held Mosul dam": a strategic site named after a town is fought for
     * or held on its own, often miles from the town, and tells nothing of who holds the town.
     */
    private boolean siteNamedAfter(Sentence sentence, int noun, LinkedMention town) {
        return pack.has(WordList.TOWN_SITE_NOUNS, sentence.tokens().get(noun).lemma().toLowerCase(Locale.ROOT))
                && sentence.head(town.lastToken()).filter(h -> h.governor() == noun
                && h.relation().startsWith("compound")).isPresent();
    }

    /**
     * "rebel- and regime-held districts": the sides of prefixes whose hyphen is left hanging before a conjunction,
     * each holding its own part of the place as the last prefix does.
     */
    private List<Referent> suspendedPrefixes(Linked linked, Sentence sentence, int last) {
        List<Referent> sides = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int prefix = last;
        while (prefix >= 3 && (tokens.get(prefix - 1).pos().equals("CC") || tokens.get(prefix - 1).word().equals(","))
                && tokens.get(prefix - 2).word().equals("-")) {
            prefix -= 3;
            owners.prefix(linked, sentence, prefix).ifPresent(sides::add);
        }
        return sides;
    }

    /**
     * The armed side a deed's subject names: a description names the group as a name does ("militants captured
     * ..."); a pronoun names the armed group of its own sentence it points back to.
     */
    private Optional<Referent> fighters(ActorResolver resolver, Sentence sentence, Token subject) {
        return (subject.isPronoun() || pack.has(WordList.GROUP_PRONOUNS, subject.word().toLowerCase(Locale.ROOT))
                ? resolver.resolve(sentence, subject.index()).filter(r -> r.mention() != null
                && r.mention().sentence() == sentence.index() && ActorResolver.isActor(r.mention()))
                : resolver.resolveFighters(sentence, subject.index()))
                .filter(r -> r.actorId().isPresent());
    }

    /** The first side of the war a fight is said to be between ("clashes between rebels and Syrian troops"). */
    private Optional<Referent> betweenSide(ActorResolver resolver, Sentence sentence, int fight) {
        List<Integer> sides = new ArrayList<>();
        for (Dependency child : sentence.children(fight)) {
            if (child.relation().startsWith("nmod") && Clauses.markedBy(pack, sentence, child.dependent(),
                    WordList.SHARED_CONTROL_PREPOSITIONS)) {
                sides.add(child.dependent());
                sentence.children(child.dependent(), "conj").forEach(conj -> sides.add(conj.index()));
            }
        }
        return sides.stream().map(side -> resolver.resolveFighters(sentence, side).filter(r -> r.actorId().isPresent()))
                .flatMap(Optional::stream).findFirst();
    }

    /** The actor a predicate's subject names, not through a pronoun. */
    private Optional<Referent> namedSubject(ActorResolver resolver, Sentence sentence, int predicate) {
        return sentence.children(predicate, "nsubj").stream().findFirst()
                .map(subject -> relativeHead(sentence, subject, predicate))
                .flatMap(subject -> resolver.resolve(sentence, subject))
                .filter(r -> r.actorId().isPresent() && !r.viaPronoun());
    }

    /**
     * The subject's own token, or for a relative pronoun ("fighters who control most of X", "rebels, who hold X")
     * the noun its clause describes: the pronoun stands for that noun, which names the side.
     */
    private int relativeHead(Sentence sentence, Token subject, int predicate) {
        if (!PlaceFinder.relativePronoun(pack, subject)) {
            return subject.index();
        }
        return sentence.head(predicate).filter(h -> h.relation().equals("acl:relcl") && h.governor() >= 0)
                .map(Dependency::governor).orElse(subject.index());
    }

    /**
     * The noun a present participle modifies ("militants controlling Raqqa"), not a gerund after a preposition ("the
     * aim of controlling Raqqa") nor one with a subject of its own.
     */
    private static Optional<Integer> describedSide(Sentence sentence, Token participle) {
        if (!participle.pos().equals("VBG") || !sentence.children(participle.index(), "mark").isEmpty()
                || !sentence.children(participle.index(), "nsubj").isEmpty()) {
            return Optional.empty();
        }
        return sentence.head(participle.index()).filter(h -> h.relation().equals("acl") && h.governor() >= 0)
                .map(Dependency::governor)
                .filter(noun -> sentence.tokens().get(noun).pos().startsWith("NN"));
    }

    /**
     * Who a participle of being dug in describes: its subject (the parse often makes the participle a clause of its
     * own, "fighters holed up in X fired ..."), a relative pronoun's noun, or the noun it modifies ("the terrorists
     * positioned in X").
     */
    private Optional<Integer> postedSide(Sentence sentence, int participle) {
        Optional<Integer> subject = sentence.children(participle).stream()
                .filter(c -> c.relation().equals("nsubj") || c.relation().equals("nsubj:pass")).findFirst()
                .map(c -> relativeHead(sentence, sentence.tokens().get(c.dependent()), participle));
        return subject.or(() -> sentence.head(participle).filter(h -> h.relation().equals("acl")
                && h.governor() >= 0).map(Dependency::governor));
    }

    /**
     * The verb a predicate noun hangs on when the verb takes no object ("the government remains in control of X"):
     * its subject is the predicate's.
     */
    private static Optional<Integer> linkingVerb(Sentence sentence, int noun) {
        return sentence.head(noun).filter(h -> h.relation().startsWith("obl") && h.governor() >= 0)
                .map(Dependency::governor)
                .filter(verb -> sentence.tokens().get(verb).isVerb() && sentence.children(verb, "obj").isEmpty());
    }

    /** Asserted or reported ("X told reporters that militants are entrenched in Mosul"), not possible or denied. */
    private boolean factual(Sentence sentence, int token) {
        return modality.detect(sentence, token).factual();
    }

    /** Whether the token ends one of the phrase's words of more than one word ("power base"), read before it. */
    private static boolean endsPhrase(Sentence sentence, int token, List<String> words) {
        for (String entry : words) {
            String[] parts = entry.split(" ");
            if (parts.length < 2 || token + 1 < parts.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                Token word = sentence.tokens().get(token - parts.length + 1 + k);
                all = word.word().equalsIgnoreCase(parts[k]) || word.lemma().equalsIgnoreCase(parts[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a bare verb that completes an implicative verb in the past ("helped Kurdish forces retake X",
     * "helped them to retake X", "helped Kurds protect Y and retake X", however the parse joins the two verbs).
     */
    private Optional<Integer> helped(Sentence sentence, int verb) {
        if (!sentence.tokens().get(verb).pos().startsWith("VB") || sentence.tokens().get(verb).isPast()
                || sentence.tokens().get(verb).pos().equals("VBZ")) {
            return Optional.empty();
        }
        int clause = sentence.head(verb).filter(h -> h.relation().equals("conj") && h.governor() >= 0)
                .map(Dependency::governor).orElse(verb);
        if (implicativePast(sentence, clause)) {
            // "helped Kurds protect Y and retake X" with the second verb joined to "helped": its first complement's
            // subject
            return sentence.children(clause).stream().filter(c -> c.relation().equals("ccomp")
                            || c.relation().equals("xcomp")).findFirst()
                    .flatMap(c -> subjectOf(sentence, c.dependent(), clause));
        }
        return sentence.head(clause).filter(h -> (h.relation().equals("ccomp") || h.relation().equals("xcomp"))
                        && h.governor() >= 0 && implicativePast(sentence, h.governor()))
                .flatMap(h -> subjectOf(sentence, clause, h.governor()));
    }

    /** Whether the token is an implicative verb told in the past ("helped", "managed"). */
    private boolean implicativePast(Sentence sentence, int token) {
        Token main = sentence.tokens().get(token);
        return main.isPast() && pack.has(WordList.IMPLICATIVE_VERBS, main.lemma().toLowerCase(Locale.ROOT));
    }

    /** The subject of a complement: its own, or the object of the verb it completes ("helped fighters to"). */
    private static Optional<Integer> subjectOf(Sentence sentence, int complement, int main) {
        return sentence.children(complement, "nsubj").stream().findFirst()
                .or(() -> sentence.children(main, "obj").stream().findFirst()).map(Token::index);
    }

    /** A verb told in a perfect tense ("had been captured", "has been retaken"). */
    private boolean perfect(Sentence sentence, int token) {
        return sentence.children(token).stream().anyMatch(c -> c.relation().equals("aux")
                && pack.has(WordList.PERFECT_AUXILIARY_LEMMAS, sentence.tokens().get(c.dependent()).lemma()));
    }

    /**
     * The verb's first oblique that one of the list's prepositions marks and that names a place ("advancing on
     * Manbij", "holed up in X"), or -1.
     */
    private int placeObliqueOf(Linked linked, Sentence sentence, Token verb, WordList prepositions) {
        return sentence.children(verb.index()).stream().map(Dependency::dependent)
                .filter(c -> sentence.head(c).map(h -> h.relation().startsWith("obl")).orElse(false)
                        && Clauses.markedBy(pack, sentence, c, prepositions)
                        && (phrasePlaces.placeAt(linked, sentence, c).isPresent()
                        || phrasePlaces.placeOf(linked, sentence, c).isPresent()))
                .findFirst().orElse(-1);
    }

    /**
     * Whether a verb is one of the row's verbs of approach: its lemma, or its lemma and particle where the row
     * writes two words ("close in", "bear down").
     */
    private static boolean approaching(Sentence sentence, Token verb, String lemma, List<String> words) {
        return words.contains(lemma) || sentence.children(verb.index(), "compound:prt").stream()
                .anyMatch(p -> words.contains(lemma + " " + p.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * An attempt told as still to come, as the event coder reads one: a word of the future on it or above it ("the
     * coming offensive", "massed ahead of an offensive"), or the object of a verb told as not done or to be done
     * ("preparing an offensive", "would launch an offensive").
     */
    private boolean toCome(Sentence sentence, int noun) {
        Optional<Dependency> head = sentence.head(noun).filter(h -> h.governor() >= 0);
        boolean cue = hasModifier(sentence, noun, WordList.PLANNED_CUES) || head.map(h -> pack.has(
                WordList.PLANNED_CUES, sentence.tokens().get(h.governor()).word().toLowerCase(Locale.ROOT)))
                .orElse(false);
        return cue || head.filter(h -> h.relation().equals("obj"))
                .map(h -> !factual(sentence, h.governor()) || sentence.children(h.governor(), "aux").stream()
                        .anyMatch(a -> pack.has(WordList.PLANNED_CUES, a.word().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }

    /**
     * The armed side making an attempt: its "by" agent, its possessor ("the army's offensive"), or the subject of
     * the nearest verb above it ("troops launched an assault", "fighters appeared on the verge of ...").
     */
    private Optional<Referent> attacker(ActorResolver resolver, Sentence sentence, int noun) {
        Optional<Referent> named = owners.marked(resolver, sentence, noun, WordList.AGENT_PREPOSITIONS)
                .or(() -> sentence.children(noun, "nmod:poss").stream().findFirst()
                        .flatMap(p -> fighters(resolver, sentence, p)));
        if (named.isPresent()) {
            return named;
        }
        int below = noun;
        for (int depth = 0; depth < ATTEMPT_DEPTH; depth++) {
            int above = PhrasePlaces.headOf(sentence, below);
            if (above < 0) {
                break;
            }
            int from = below;
            Optional<Token> subject = sentence.children(above, "nsubj").stream()
                    .filter(t -> t.index() != from && t.index() != noun).findFirst();
            if (subject.isPresent()) {
                return fighters(resolver, sentence, subject.get());
            }
            below = above;
        }
        return Optional.empty();
    }

    /** A state told in the past tense ("were controlled by", "had been under X control"), ended since. */
    private boolean pastState(Sentence sentence, int token) {
        return sentence.children(token).stream().anyMatch(c -> (c.relation().startsWith("aux")
                || c.relation().equals("cop"))
                && pack.has(WordList.PAST_STATE_AUXILIARIES, sentence.tokens().get(c.dependent()).word()));
    }

    /**
     * "the push to retake X, which had been held by rebels for four years", "the battle for X, which the rebels had
     * held since 2012": a hold told in the past perfect, in a relative clause on the place a fight is for, names who
     * held it when the fight began, the contest's holder; the same clause on a place with no fight ("entered X, which
     * had been held by rebels") tells of a hold that ended.
     */
    private boolean heldWhenFought(Linked linked, Sentence sentence, int verb) {
        Optional<Dependency> relative = sentence.head(verb).filter(h -> h.relation().equals("acl:relcl")
                && h.governor() >= 0);
        if (relative.isEmpty() || !perfect(sentence, verb) || !pastState(sentence, verb)
                || sentence.children(verb).stream().noneMatch(c -> PlaceFinder.relativePronoun(pack,
                        sentence.tokens().get(c.dependent())))) {
            return false;
        }
        int place = relative.get().governor();
        // "launched a push to retake X, which …": the parse may hang the verb of taking on the verb, not the noun
        boolean attempted = sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("NN")
                && fightNouns.contains(t.lemma().toLowerCase(Locale.ROOT))
                && phrasePlaces.takingClause(sentence, t.index()).flatMap(v -> phrasePlaces.takenPlace(linked,
                        sentence, v)).filter(taken -> taken == place).isPresent());
        if (attempted) {
            return true;
        }
        int at = place;
        for (int depth = 0; depth <= ATTEMPT_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(at);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            at = head.get().governor();
            Token above = sentence.tokens().get(at);
            if (above.pos().startsWith("NN") && fightNouns.contains(above.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun is the subject of a verb in the simple past ("the battle for X ended in May"), other than one
     * of the fight's onset or growth ("the battle for X broke out on Friday"), which tells the fight was on.
     */
    private boolean pastSubject(Sentence sentence, int noun) {
        return sentence.head(noun).filter(h -> h.relation().startsWith("nsubj") && h.governor() >= 0)
                .map(h -> sentence.tokens().get(h.governor()))
                .filter(verb -> !pack.has(WordList.CONTEST_ONSET_VERBS, verb.lemma().toLowerCase(Locale.ROOT)))
                .map(verb -> verb.pos().equals("VBD")).orElse(false);
    }

    /**
     * A state in the present perfect ("rebels have held the town since May", "has been under rebel control since
     * 2015"), not the past perfect.
     */
    private boolean presentPerfect(Sentence sentence, int token) {
        return sentence.children(token).stream().anyMatch(c -> c.relation().equals("aux")
                && pack.has(WordList.PERFECT_AUXILIARY_LEMMAS, sentence.tokens().get(c.dependent()).lemma())
                && sentence.tokens().get(c.dependent()).isPresentTense());
    }

    /** A state told with an auxiliary or copula in the present tense ("has been under siege", "is besieged"). */
    private static boolean presentTense(Sentence sentence, int token) {
        return sentence.children(token).stream().anyMatch(c -> (c.relation().startsWith("aux")
                || c.relation().equals("cop")) && sentence.tokens().get(c.dependent()).isPresentTense());
    }

    /** "the former rebel stronghold", "once held by": a state that has ended is no claim. */
    private boolean ended(Sentence sentence, int token) {
        return hasModifier(sentence, token, WordList.ENDED_MODIFIERS);
    }

    /**
     * "ISIS has lost its most important cities, including Mosul and its declared capital in Raqqa": a place named
     * in what a verb of losing takes is a state that has ended.
     */
    private boolean lost(Sentence sentence, int token) {
        int current = token;
        for (int depth = 0; depth < LOSS_DEPTH; depth++) {
            Optional<Dependency> head = sentence.head(current);
            if (head.isEmpty() || head.get().governor() < 0) {
                return false;
            }
            String relation = head.get().relation();
            if (!(relation.equals("obj") || relation.startsWith("nmod") || relation.startsWith("obl")
                    || relation.equals("conj") || relation.equals("appos"))) {
                return false;
            }
            current = head.get().governor();
            Token governor = sentence.tokens().get(current);
            if (governor.isVerb()) {
                return pack.has(WordList.LOSS_VERBS, governor.lemma().toLowerCase(Locale.ROOT));
            }
            if (governor.isNoun() && pack.has(WordList.HANDOVER_NOUNS, governor.lemma().toLowerCase(Locale.ROOT))) {
                return true; // "the fall of the rebel-held town of Yabroud": the state before it passed
            }
        }
        return false;
    }

    /**
     * "hailed the fall of Mosul, the self-proclaimed capital of ISIS": the parse may hang the description on the
     * noun of the passage rather than on the place, so the place itself is asked whether it passed to other hands.
     */
    private boolean handedOver(Sentence sentence, LinkedMention place) {
        return place.sentence() == sentence.index() && lost(sentence, place.lastToken());
    }

    /** A modifier of the token in the list, read whole when hyphenated ("one-time" as "onetime"). */
    private boolean hasModifier(Sentence sentence, int token, WordList words) {
        for (Dependency child : sentence.children(token)) {
            int last = child.dependent();
            int first = last;
            while (first >= 2 && sentence.tokens().get(first - 1).word().equals("-")) {
                first -= 2;
            }
            StringBuilder whole = new StringBuilder();
            for (int i = first; i <= last; i++) {
                whole.append(sentence.tokens().get(i).word().replace("-", ""));
            }
            if (pack.has(words, sentence.tokens().get(last).word()) || pack.has(words, whole.toString())) {
                return true;
            }
        }
        return false;
    }
}
