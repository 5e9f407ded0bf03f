package org.sitrep.testing;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.coding.Extractor;
import org.sitrep.coding.events.ArgumentModel;
import org.sitrep.coding.events.EventTrust;
import org.sitrep.model.Event;

/** One extractor per test JVM (the process-wide models): its models take seconds to load. */
public final class SharedModels {
    private SharedModels() {
    }

    public static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    /** The events the rules alone find in a news text (no learned argument filling, no learned trust). */
    public static List<Event> ruleEvents(String text, LocalDate published) {
        return Holder.RULES_ONLY.apply(Samples.news(text, published)).events();
    }

    private static final class Holder {
        private static final Extractor EXTRACTOR = org.sitrep.pipeline.Models.shared().extractor();
        private static final Extractor RULES_ONLY = EXTRACTOR.withArgumentModel(ArgumentModel.NONE)
                .withEventTrust(EventTrust.NONE);
    }
}
