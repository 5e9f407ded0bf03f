package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.arabic.ArabicControl;
import org.sitrep.arabic.ArabicDates;
import org.sitrep.arabic.ArabicEvents;
import org.sitrep.arabic.ArabicPack;
import org.sitrep.arabic.ArabicQuotes;
import org.sitrep.arabic.ArabicText;
import org.sitrep.arabic.Name;
import org.sitrep.arabic.NameIndex;
import org.sitrep.arabic.Person;
import org.sitrep.arabic.PersonFinder;
import org.sitrep.arabic.Sentence;
import org.sitrep.arabic.TriggeredEvent;
import org.sitrep.coding.control.ControlDeriver;
import org.sitrep.coding.events.CodedEvent;
import org.sitrep.coding.places.PlaceFinder;
import org.sitrep.knowledge.Gazetteer;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Article;
import org.sitrep.model.ControlChange;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.TimeExpression;

/**
 * The Arabic chain, parser-free ({@code Article → Facts}): sentences and words with offsets, known names, persons by cues, dates,
 * quotes, events from trigger words, and control from events and descriptions through the same
 * {@link ControlDeriver} as English, countries left out (fighting in Syria claims no control of Syria). Stances are
 * not coded yet. Immutable; thread-safe.
 */
final class ArabicCoding implements Function<Article, Facts> {
    private final ArabicPack pack;
    private final NameIndex names;
    private final PersonFinder persons;
    private final ArabicDates dates;
    private final ArabicEvents events;
    private final ArabicControl controlPhrases;
    private final ArabicQuotes quotes;
    private final ControlDeriver control;

    ArabicCoding(KnowledgeBase knowledge, Gazetteer gazetteer) {
        this.pack = ArabicPack.load();
        this.names = NameIndex.of(knowledge, gazetteer, pack);
        this.persons = PersonFinder.load(pack);
        this.dates = ArabicDates.load(pack);
        this.events = ArabicEvents.load(knowledge, pack);
        this.controlPhrases = ArabicControl.load(knowledge, pack);
        this.quotes = ArabicQuotes.load(pack, persons);
        this.control = new ControlDeriver(knowledge);
    }

    @Override
    public Facts apply(Article article) {
        String text = article.text();
        List<Sentence> sentences = ArabicText.sentences(article, pack.normalizer());
        List<List<Name>> named = new ArrayList<>();
        List<List<Person>> people = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CodedEvent> coded = new ArrayList<>();
        List<ControlChange> described = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Name> found = names.find(sentence, text);
            named.add(found);
            found.forEach(name -> mentions.add(name.mention()));
            List<Person> cued = persons.find(sentence, text, found);
            people.add(cued);
            cued.forEach(person -> mentions.add(person.mention()));
            List<TimeExpression> sentenceTimes = dates.find(sentence, text, article.published());
            times.addAll(sentenceTimes);
            for (TriggeredEvent event : events.code(article.id(), text, sentence, found, sentenceTimes,
                    article.published())) {
                coded.add(new CodedEvent(event.event(), event.near() ? PlaceFinder.Extent.NEAR : PlaceFinder.Extent.WHOLE)
                        .with(CodedEvent.ClauseFact.TERRITORIAL, event.territorial())
                        .with(CodedEvent.ClauseFact.EXPLICIT_DATE, event.explicitDate()));
            }
            described.addAll(controlPhrases.find(article.id(), text, sentence, found, article.published()));
        }
        return new Facts(article.meta(), mentions, times, quotes.find(article, sentences, named, people, pack.normalizer()),
                coded.stream().map(CodedEvent::event).toList(),
                control.derive(coded, described, article.published()).stream()
                        .filter(c -> c.placeRef().filter(names::isCountry).isEmpty()).toList(), List.of());
    }
}
