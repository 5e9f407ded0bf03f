package org.sitrep.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.coding.control.ControlDeriver;
import org.sitrep.coding.control.ControlPhrases;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.events.ContextArguments;
import org.sitrep.coding.events.EventCoder;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.coding.events.HappeningFolder;
import org.sitrep.coding.events.HolderTargets;
import org.sitrep.coding.events.ModalityDetector;
import org.sitrep.coding.events.SideAdversaries;
import org.sitrep.coding.events.TimelineParagraphs;
import org.sitrep.coding.events.TriggerTrace;
import org.sitrep.coding.fatalities.ConjoinedPlaceTolls;
import org.sitrep.coding.places.ForeignNamesakes;
import org.sitrep.coding.places.PlaceContainment;
import org.sitrep.coding.places.SentencePlaces;
import org.sitrep.coding.quotes.QuoteAttributor;
import org.sitrep.coding.stances.StanceCoder;
import org.sitrep.knowledge.EntityLinker;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Linked;
import org.sitrep.knowledge.TimeNormalizer;
import org.sitrep.language.LanguagePack;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Facts;
import org.sitrep.model.Quote;
import org.sitrep.model.TimeExpression;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.SentenceSelection;
import org.sitrep.time.TimeTagger;

/**
 * The extraction chain for one article: annotate ({@code Article → Annotated}) → link entities
 * ({@code Annotated → Linked}) → code ({@code Linked → Facts}: times, quotes, events, control from events and from
 * descriptions, stances). The coding
 * stages are built once per language pack and chosen by the article's detected language (English when sitrep has
 * no pack for it). Models and knowledge are loaded once and shared; {@link #apply} is thread-safe, so the CLI, a
 * server and a Flink operator run the same chain.
 */
public final class Extractor implements Function<Article, Facts> {
    private static final String FALLBACK = "en";
    /** Arabic has no parser, NER or lemmas in CoreNLP: its articles take the parser-free {@link ArabicCoding}. */
    private static final String ARABIC = "ar";
    private final Annotator annotator;
    private final Map<String, Coding> byLanguage;
    private final ArabicCoding arabic;

    private final KnowledgeBase knowledge;
    private final Gazetteer gazetteer;
    private final List<LanguagePack> packs;
    private final Optional<ArgumentModel> argumentModel;
    private final Optional<EventTrust> trust;

    private Extractor(Annotator annotator, KnowledgeBase knowledge, Gazetteer gazetteer, List<LanguagePack> packs,
                      Optional<ArgumentModel> argumentModel, Optional<EventTrust> trust) {
        this.annotator = annotator;
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
        this.packs = List.copyOf(packs);
        this.argumentModel = argumentModel;
        this.trust = trust;
        Map<String, Coding> chains = new LinkedHashMap<>();
        for (LanguagePack pack : packs) {
            chains.put(pack.code(), new Coding(knowledge, gazetteer, pack,
                    argumentModel.orElseGet(() -> ArgumentModel.load(pack)),
                    trust.orElseGet(() -> EventTrust.load(pack))));
        }
        if (!chains.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("the " + FALLBACK + " language pack is required, got " + packs);
        }
        this.byLanguage = Map.copyOf(chains);
        this.arabic = new ArabicCoding(knowledge, gazetteer);
    }

    /** Loads the NLP models (several seconds: do it once) over an already loaded knowledge base and gazetteer. */
    public static Extractor load(KnowledgeBase knowledge, Gazetteer gazetteer) {
        return new Extractor(Annotator.load(), knowledge, gazetteer,
                LanguagePack.available().stream().map(LanguagePack::load).toList(), Optional.empty(), Optional.empty());
    }

    /** The same models with other language packs (a test or an added language), without reloading the models. */
    public Extractor withPacks(KnowledgeBase knowledge, Gazetteer gazetteer, List<LanguagePack> packs) {
        return new Extractor(annotator, knowledge, gazetteer, packs, Optional.empty(), Optional.empty());
    }

    /**
     * The same chain with another model of context arguments in every pack ({@link ArgumentModel#NONE} lets training
     * see the roles the syntax leaves empty), without reloading the models.
     */
    public Extractor withArgumentModel(ArgumentModel model) {
        return new Extractor(annotator, knowledge, gazetteer, packs, Optional.of(model), trust);
    }

    /**
     * The same chain with another model of event confidence in every pack ({@link EventTrust#NONE} lets training see
     * the coders' own confidences), without reloading the models.
     */
    public Extractor withEventTrust(EventTrust model) {
        return new Extractor(annotator, knowledge, gazetteer, packs, argumentModel, Optional.of(model));
    }

    /** The entities of an annotated article, linked as its language's chain links them. */
    public Linked link(Annotated annotated) {
        return coding(annotated.article().language()).linker.link(annotated);
    }

    @Override
    public Facts apply(Article article) {
        if (article.language().equals(ARABIC)) {
            return arabic.apply(article);
        }
        return extract(annotate(article));
    }

    /**
     * Annotates an article with its language's time tagger ({@link TimeTagger}), parsing only the sentences its
     * language's coders can use ({@link ParseCues}).
     */
    public Annotated annotate(Article article) {
        Coding coding = coding(article.language());
        return annotator.annotate(article, coding.timeTagger, coding.parseCues);
    }

    /** Annotates an article with its language's time tagger, parsing every sentence. */
    public Annotated annotateParsingAll(Article article) {
        return annotator.annotate(article, coding(article.language()).timeTagger, SentenceSelection.ALL);
    }

    /**
     * The facts with every sentence parsed, as before the selection: what the selection is compared with
     * ({@code eval --parse-all}, {@code bench}'s parse economy).
     */
    public Facts applyAnnotatingAll(Article article) {
        return extract(annotateParsingAll(article));
    }

    private Coding coding(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(FALLBACK));
    }

    /** The facts of an already annotated article (lets benchmarks time annotation and coding apart). */
    public Facts extract(Annotated annotated) {
        if (annotated.article().language().equals(ARABIC)) {
            return arabic.apply(annotated.article());
        }
        Coding coding = coding(annotated.article().language());
        return coding.apply(coding.linker.link(annotated));
    }

    public Annotator annotator() {
        return annotator;
    }

    /** The coding stages of one language: {@code Linked → Facts}. */
    private static final class Coding implements Function<Linked, Facts> {
        private final TimeTagger timeTagger;
        private final ParseCues parseCues;
        private final EntityLinker linker;
        private final TimeNormalizer times;
        private final QuoteAttributor quotes;
        private final EventCoder events;
        private final ControlDeriver control;
        private final ControlPhrases controlPhrases;
        private final ForeignNamesakes namesakes;
        private final HolderTargets holderTargets = new HolderTargets();
        private final SentencePlaces sentencePlaces;
        private final HappeningFolder happenings = new HappeningFolder();
        private final ConjoinedPlaceTolls conjoinedTolls = new ConjoinedPlaceTolls();
        private final TriggerTrace trace = TriggerTrace.fromSystem();
        private final PlaceContainment containment;
        private final StanceCoder stances;
        private final ContextArguments contextArguments;
        private final SideAdversaries adversaries;
        private final EventTrust trust;

        Coding(KnowledgeBase knowledge, Gazetteer gazetteer, LanguagePack pack, ArgumentModel argumentModel,
               EventTrust trust) {
            this.linker = new EntityLinker(knowledge, gazetteer, pack);
            this.times = new TimeNormalizer(pack);
            this.quotes = new QuoteAttributor(knowledge, pack);
            ModalityDetector modality = ModalityDetector.load(pack); // one per pack, shared by events and control
            this.events = EventCoder.load(knowledge, pack, modality);
            this.control = new ControlDeriver(knowledge, pack, gazetteer);
            this.controlPhrases = new ControlPhrases(knowledge, pack, modality);
            this.namesakes = new ForeignNamesakes(gazetteer);
            this.containment = new PlaceContainment(pack);
            this.stances = StanceCoder.load(knowledge, pack);
            this.timeTagger = TimeTagger.load(pack);
            this.parseCues = ParseCues.of(pack, knowledge);
            this.contextArguments = new ContextArguments(knowledge, argumentModel);
            this.adversaries = new SideAdversaries(knowledge, gazetteer, pack);
            this.sentencePlaces = new SentencePlaces(pack, knowledge, gazetteer);
            this.trust = trust;
        }

        @Override
        public Facts apply(Linked linked) {
            Annotated annotated = linked.annotated();
            List<TimeExpression> timeExpressions = times.normalize(annotated);
            ControlPhrases.Described described = controlPhrases.find(linked, timeExpressions,
                    annotated.article().published());
            List<CodedEvent> coded = conjoinedTolls.apply(holderTargets.fill(events.code(linked, timeExpressions),
                    described.claims()));
            List<Quote> attributed = quotes.attribute(linked);
            List<Event> folded = happenings.fold(coded);
            trace.folded(coded, folded, TriggerTrace.Stage.HAPPENING_FOLDER);
            List<Event> events = adversaries.fill(contextArguments.fill(sentencePlaces.fill(folded, linked), linked),
                    linked);
            return new Facts(annotated.article().meta(), linked.entities(), timeExpressions, attributed,
                    trust.rate(events, annotated, attributed),
                    namesakes.keep(linked, control.derive(new TimelineParagraphs(annotated, timeExpressions,
                            annotated.article().published()).forControl(sentencePlaces.fillCoded(coded, linked)),
                            described, containment.find(linked), annotated.article().published(),
                            control.names(linked))),
                    stances.code(linked, coded, timeExpressions));
        }
    }
}
