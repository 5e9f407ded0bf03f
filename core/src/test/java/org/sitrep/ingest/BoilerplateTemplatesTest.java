package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BoilerplateTemplatesTest {
    private static final List<String> STORIES = List.of(
            "Rebels entered Hama on Thursday after a week of shelling by the army.",
            "The army said it withdrew from two villages near Idlib before dawn.",
            "A car bomb killed 12 people at a market in Azaz on Monday morning.",
            "Turkish officials met opposition leaders in Ankara to discuss aid convoys.",
            "Kurdish fighters cut the road between Manbij and Jarablus overnight.",
            "Government jets struck a bakery in Saraqeb, rescue workers reported.",
            "The United Nations appealed for a pause in the fighting around Daraa.",
            "Militants seized a checkpoint on the highway south of Palmyra.",
            "Russian envoys arrived in Geneva for another round of talks on Tuesday.",
            "Hundreds of families fled Ghouta as the siege tightened this winter.");
    private static final List<String> TITLES = List.of("Crowds gather at the border", "A night in the shelters",
            "Inside the ruined old city", "Envoy speaks to reporters", "Aid trucks wait at the crossing",
            "Families return to their homes", "Smoke over the river valley", "A market reopens after months",
            "Students sit their exams", "The long road to the coast");

    private static String article(int i, String promo) {
        return STORIES.get(i) + "\n" + promo + "\n";
    }

    private static BoilerplateLearner learner(String source, int articles) {
        BoilerplateLearner learner = new BoilerplateLearner();
        for (int i = 0; i < articles; i++) {
            String text = article(i, "WATCH AGAIN: " + TITLES.get(i) + " 0" + i + ":14");
            learner.add(source, text, new Span(0, text.length()));
        }
        return learner;
    }

    private static List<String> marked(LearnedBoilerplate learned, String source, String text) {
        return learned.detect(source, text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aPromoWithATitleNeverSeenIsMarkedByItsRecurringHead() {
        String text = "Shelling resumed on the outskirts of Aleppo on Friday.\n"
                + "WATCH AGAIN: Rebels parade captured tanks 02:51\n"
                + "No group has claimed the attack so far.\n";
        assertThat(marked(learner("tv.example", 10).learned(), "tv.example", text))
                .containsExactly("WATCH AGAIN: Rebels parade captured tanks 02:51");
    }

    @Test
    void aHeadAnotherSourceUsesAsOftenIsNoTemplate() {
        BoilerplateLearner learner = learner("tv.example", 10);
        for (int i = 0; i < 10; i++) {
            String text = article(i, "Watch again: the briefing on " + TITLES.get(i).toLowerCase() + ".");
            learner.add("paper.example", text, new Span(0, text.length()));
        }
        String text = "Shelling resumed on the outskirts of Aleppo on Friday.\n"
                + "WATCH AGAIN: Rebels parade tanks 02:51\n";
        assertThat(learner.templates()).doesNotContainKey("tv.example");
        assertThat(marked(learner.learned(), "tv.example", text)).isEmpty();
    }

    @Test
    void aHeadInFewerThanEightArticlesIsNoTemplate() {
        assertThat(learner("tv.example", 7).templates()).isEmpty();
        assertThat(learner("tv.example", 8).templates()).containsOnlyKeys("tv.example");
    }

    @Test
    void aLongSentenceBehindTheHeadAndAnArticlesFirstLineAreKept() {
        String lead = "WATCH AGAIN: Highlights of the week";
        String glued = "WATCH AGAIN: Syrian and Russian jets struck the market town of Maarat al-Numan on Sunday, "
                + "killing at least fifteen civilians, rescuers said.";
        String text = lead + "\nThe envoy flew to Damascus on Monday.\n" + glued + "\n";
        assertThat(marked(learner("tv.example", 10).learned(), "tv.example", text)).isEmpty();
    }
}
