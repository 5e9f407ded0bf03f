package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BoilerplateLearnerTest {
    private static final String PROMO = "Sign up for our daily newsletter and get the 5 top stories.";
    private static final List<String> STORIES = List.of(
            "Rebels entered Hama on Thursday after a week of shelling.",
            "The army said it withdrew from two villages near Idlib.",
            "A car bomb killed 12 people at a market in Azaz on Monday.",
            "Turkish officials met opposition leaders in Ankara to discuss aid.");

    private static String article(int story, String extra) {
        return STORIES.get(story) + "\n" + extra + "\n";
    }

    private static List<String> marked(LearnedBoilerplate learned, String source, String text) {
        return learned.detect(source, text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aLineInThreeArticlesOfOneSourceIsMarkedWithItsDigitsAndCaseChanged() {
        BoilerplateLearner learner = new BoilerplateLearner();
        for (int i = 0; i < 3; i++) {
            learner.add("example.org", article(i, PROMO), new Span(0, article(i, PROMO).length()));
        }
        String fourth = article(3, "SIGN UP for our  daily newsletter and get the 7 top stories.");
        assertThat(marked(learner.learned(), "example.org", fourth))
                .containsExactly("SIGN UP for our  daily newsletter and get the 7 top stories.");
    }

    @Test
    void aLineInTwoArticlesIsNotMarked() {
        BoilerplateLearner learner = new BoilerplateLearner();
        for (int i = 0; i < 2; i++) {
            learner.add("example.org", article(i, PROMO), new Span(0, article(i, PROMO).length()));
        }
        assertThat(marked(learner.learned(), "example.org", article(3, PROMO))).isEmpty();
    }

    @Test
    void anotherSourceDoesNotInheritTheMark() {
        BoilerplateLearner learner = new BoilerplateLearner();
        for (int i = 0; i < 3; i++) {
            learner.add("example.org", article(i, PROMO), new Span(0, article(i, PROMO).length()));
        }
        assertThat(marked(learner.learned(), "example.org", article(3, PROMO))).containsExactly(PROMO);
        assertThat(marked(learner.learned(), "other.net", article(3, PROMO))).isEmpty();
    }

    @Test
    void aStoryToldThreeTimesIsCountedOnce() {
        BoilerplateLearner learner = new BoilerplateLearner();
        String story = "Warplanes struck the town of Saraqeb on Sunday, killing nine civilians, the monitor said.\n"
                + "Rescue workers searched the rubble of two houses for survivors through the night.\n";
        assertThat(learner.add("example.org", story, new Span(0, story.length()))).isTrue();
        String retold = "Updated: " + story;
        assertThat(learner.add("example.org", retold, new Span(0, retold.length()))).isFalse();
        assertThat(learner.add("example.org", story + "Edited.", new Span(0, story.length() + 7))).isFalse();
        assertThat(learner.counts().get("example.org")).hasSize(2).containsValues(1, 1);
    }

    @Test
    void aPromoSentenceInsideAOneLinePageIsMarkedAndTheSentenceAroundTheUsIsKept() {
        BoilerplateLearner learner = new BoilerplateLearner();
        String promo = "Follow us on Instagram.";
        for (int i = 0; i < 3; i++) {
            String page = STORIES.get(i) + " " + promo + " Copyright 2018 the network.";
            learner.add("tv", page, new Span(0, page.length()));
        }
        String page = "The U.S. Army said it struck Raqqa. " + promo + " Copyright 2019 the network.";
        assertThat(marked(learner.learned(), "tv", page))
                .containsExactly("Follow us on Instagram.", "Copyright 2019 the network.");
    }
}
