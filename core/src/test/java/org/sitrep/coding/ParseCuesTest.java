package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Annotated;
import org.sitrep.nlp.Sentence;
import org.sitrep.testing.Samples;
import org.sitrep.testing.SharedModels;

class ParseCuesTest {
    private static List<Boolean> parsed(String text) {
        Annotated annotated = SharedModels.extractor().annotate(Samples.news(text, LocalDate.of(2019, 12, 20)));
        return annotated.sentences().stream().map(Sentence::parsed).toList();
    }

    @Test
    void onlySentencesACoderCanUseAreParsed() {
        assertThat(parsed("Syrian rebels seized the town of Maarat al-Numan on Friday.\n"
                + "The weather in the region was mild and dry.\n"
                + "Displaced families returned to rebel-held villages.\n"
                + "Farmers planted wheat in the valley."))
                .containsExactly(true, false, true, false); // a trigger; nothing; a control adjective; nothing
    }

    @Test
    void theNamedSentencesBeforeASpeakingPronounAreParsedForItsAntecedent() {
        assertThat(parsed("Abu Mohammed al-Jolani spent the night in a farmhouse near Saraqib.\n"
                + "The weather in the region was mild and dry.\n"
                + "He said the offensive would continue."))
                .containsExactly(true, false, true); // the subject "he" may point back to; no name; "said"
    }

    @Test
    void theFactsOfAnArticleAreTheSameWithEverySentenceParsed() {
        var article = Samples.news("Syrian rebels seized the town of Saraqib on Thursday, the Syrian "
                + "Observatory for Human Rights said.\nThe weather in the region was mild and dry.\n"
                + "Abu Mohammed al-Jolani spent the night in a farmhouse near Saraqib.\n"
                + "“We will not stop until every town in the province is free again,” he told reporters on "
                + "Thursday.", LocalDate.of(2019, 12, 20));
        var extractor = SharedModels.extractor();
        var economical = extractor.extract(extractor.annotate(article));
        var full = extractor.applyAnnotatingAll(article);
        assertThat(economical.events()).as("events").isNotEmpty().isEqualTo(full.events());
        assertThat(economical.quotes()).as("quotes").isNotEmpty().isEqualTo(full.quotes());
        assertThat(economical.entities()).isEqualTo(full.entities());
        assertThat(economical.control()).isEqualTo(full.control());
    }
}
