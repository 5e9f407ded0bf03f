package org.sitrep.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.AcledType;
import org.sitrep.model.ArticleMeta;
import org.sitrep.model.CalendarDate;
import org.sitrep.model.ControlChange;
import org.sitrep.model.ControlStatus;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Facts;
import org.sitrep.model.Modality;
import org.sitrep.model.Quote;
import org.sitrep.situation.Situation;

/**
 * Hand-written facts for digest tests (sentences written for these tests): two sources report government forces
 * retaking Aleppo and fighting there on 7 December 2024, one of them also an attack on Manbij by a brigade the
 * knowledge base does not know.
 */
final class DigestSamples {
    static final LocalDate FROM = LocalDate.of(2024, 12, 1);
    static final LocalDate TO = LocalDate.of(2024, 12, 15);
    static final LocalDate DAY = LocalDate.of(2024, 12, 7);
    static final String ALEPPO = "170063";
    static final String MANBIJ = "167357";
    static final String UNKNOWN_BRIGADE = "Hawks of the Plain Brigade";
    static final String PUBLISHER_URL = "https://wire.example/2024/12/07/aleppo";
    /** An article id with characters a URL path must encode. */
    static final String ID_WITHOUT_URL = "post 7/aleppo";

    private DigestSamples() {
    }

    /** The Wire's article, at its publisher's URL, and the Post's, which has none. */
    static List<Facts> articles() {
        return List.of(aleppo("wire-1", "The Wire", Optional.of(PUBLISHER_URL), true),
                aleppo(ID_WITHOUT_URL, "The Post", Optional.empty(), false));
    }

    static Situation situation() {
        return Situation.of(articles());
    }

    static Facts aleppo(String id, String source, Optional<String> url, boolean withManbij) {
        ArticleMeta meta = new ArticleMeta(id, source, url, "Aleppo", Optional.of(DAY.plusDays(1)), "en", id + ".txt");
        String sentence = "Government forces retook Aleppo on Saturday after fighting in its northern districts.";
        Evidence evidence = new Evidence(id, 0, sentence.length(), sentence);
        CalendarDate day = CalendarDate.day(DAY);
        Event fight = new Event(id + "-e1", EventType.FIGHT, AcledType.ARMED_CLASH, "190",
                Optional.of("Syrian government"), Optional.of("government"), Optional.of("Syrian opposition"),
                Optional.of("opposition"), Optional.of("Aleppo"), Optional.of(ALEPPO), Optional.of(36.20124),
                Optional.of(37.16117), Optional.of(day), Optional.empty(), Modality.ASSERTED, 0.9, evidence);
        String manbijSentence = "The Hawks of the Plain Brigade shelled Manbij, residents said.";
        Evidence manbijEvidence = new Evidence(id, 100, 100 + manbijSentence.length(), manbijSentence);
        Event attack = new Event(id + "-e2", EventType.ASSAULT, AcledType.ATTACK, "190", Optional.of(UNKNOWN_BRIGADE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Manbij"), Optional.of(MANBIJ),
                Optional.of(36.52815), Optional.of(37.95495), Optional.of(CalendarDate.day(DAY.plusDays(1))),
                Optional.empty(), Modality.REPORTED, 0.8, manbijEvidence);
        ControlChange held = new ControlChange("Aleppo", Optional.of(ALEPPO), "Syrian government",
                Optional.of("government"), ControlStatus.HELD, Optional.of(day), Optional.of(day), 0.9, evidence);
        String said = "\"The city is secure,\" the Syrian government said.";
        Quote quote = new Quote("The city is secure,", 201, 220, "Syrian government", Optional.of("SYR"), Optional.empty(), 0.8,
                new Evidence(id, 200, 200 + said.length(), said));
        return new Facts(meta, List.of(), List.of(), List.of(quote), withManbij ? List.of(fight, attack) : List.of(fight),
                List.of(held), List.of());
    }
}
