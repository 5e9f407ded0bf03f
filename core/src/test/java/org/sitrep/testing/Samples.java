package org.sitrep.testing;

import java.util.List;
import java.util.Optional;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;
import org.sitrep.model.TimeExpression;

/** Small hand-written articles with one fact of every kind, for store and report tests. */
public final class Samples {
    public static final String TEXT = "published: 2024-12-05\n\nRebels took control of Hama on Thursday, the army "
            + "said. \"We redeployed,\" a spokesman said.\nSubscribe to our newsletter for updates!\n";

    private Samples() {
    }

    public static Article article(String text) {
        Fingerprint fingerprint = Fingerprint.of(text);
        return new Article(fingerprint.contentHash(), "Example Wire", Optional.of("https://example.org/hama"),
                "Rebels take Hama", Optional.of(java.time.LocalDate.of(2024, 12, 5)), "en", text,
                new Span(23, text.length()), text.contains("Subscribe")
                        ? List.of(new Span(text.indexOf("Subscribe"), text.length() - 1)) : List.of(),
                "hama.txt");
    }

    /** A short English article of one or a few sentences, published on the given day. */
    public static Article news(String text, java.time.LocalDate published) {
        return new Article(Fingerprint.of(text).contentHash(), "Test Wire", Optional.empty(), "Test",
                Optional.of(published), "en", text, new Span(0, text.length()), List.of(), "test.txt");
    }

    /** The article of {@link #factsOfEveryKind()}. */
    public static Article articleOfEveryKind() {
        return article(TEXT);
    }

    /** An article with one fact of each kind, all pointing at real offsets of its text. */
    public static Facts factsOfEveryKind() {
        Article article = articleOfEveryKind();
        int sentenceStart = TEXT.indexOf("Rebels");
        int sentenceEnd = TEXT.indexOf("said.") + 5;
        Evidence evidence = new Evidence(article.id(), sentenceStart, sentenceEnd,
                TEXT.substring(sentenceStart, sentenceEnd));
        int hama = TEXT.indexOf("Hama");
        int quote = TEXT.indexOf("We redeployed,");
        return new Facts(article.meta(),
                List.of(new Mention("Hama", hama, hama + 4, EntityType.LOCATION, "Hama", Optional.of("170017"),
                        Optional.of(35.13179), Optional.of(36.75783), 0.95)),
                List.of(new TimeExpression("Thursday", TEXT.indexOf("Thursday"), TEXT.indexOf("Thursday") + 8,
                        Optional.of("2024-12-05"), "DATE", 0.9)),
                List.of(new Quote("We redeployed,", quote, quote + 14, "Syrian Arab Army", Optional.of("SAA"),
                        Optional.of(new Span(TEXT.indexOf("a spokesman"), TEXT.indexOf("a spokesman") + 11)), 0.7,
                        new Evidence(article.id(), quote - 1, TEXT.indexOf("said.\n") + 5, "\"We redeployed,\" a "
                                + "spokesman said."))),
                List.of(new Event("e1", EventType.ASSAULT, AcledType.NON_STATE_OVERTAKES_TERRITORY, "195",
                        Optional.of("Syrian opposition"), Optional.of("opposition"), Optional.of("Syrian government"),
                        Optional.of("government"), Optional.of("Hama"), Optional.of("170017"), Optional.of(35.13179),
                        Optional.of(36.75783), Optional.of(CalendarDate.of("2024-12-05")), Optional.of(2), Modality.ASSERTED, 0.9,
                        evidence)),
                List.of(new ControlChange("Hama", Optional.of("170017"), "Syrian opposition", Optional.of("opposition"),
                        ControlStatus.HELD, Optional.of(CalendarDate.of("2024-12-05")), Optional.of(CalendarDate.of("2024-12-05")), 0.9, evidence)),
                List.of(new Stance("Syrian government", "Syrian opposition", Optional.of("opposition"), -0.8,
                        Optional.of(CalendarDate.of("2024-12-05")), 0.6, evidence)));
    }
}
