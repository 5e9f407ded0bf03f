package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.testing.TestData;

class BoilerplateDetectorTest {
    private static final java.util.regex.Pattern CAPTIONS = java.util.regex.Pattern.compile(
            "(?i)hide caption \\d+ of \\d+");
    private final BoilerplateDetector detector = BoilerplateDetector.standard();

    @Test
    void findsTheNewsletterFooterOfTheSeedArticleAndNothingElse() throws Exception {
        String seed = Files.readString(TestData.seedArticle());
        List<Span> spans = detector.detect(seed, new Span(0, seed.length()));
        assertThat(spans).extracting(span -> span.of(seed)).containsExactly(
                "Sunna Files Free Newsletter - اشترك في جريدتنا المجانية",
                "Stay updated with our latest reports, news, designs, and more by subscribing to our newsletter! "
                        + "Delivered straight to your inbox twice a month, our newsletter keeps you in the loop with "
                        + "the most important updates from our website");
    }

    @Test
    void findsShareAndCookieLinesBetweenParagraphs() {
        String text = "Rebels entered Hama on Thursday.\nShare this article on Facebook\n"
                + "We use cookies to improve your experience. Accept cookies?\nThe army said it withdrew.\n";
        assertThat(detector.detect(text, new Span(0, text.length()))).extracting(span -> span.of(text))
                .containsExactly("Share this article on Facebook",
                        "We use cookies to improve your experience. Accept cookies?");
    }

    @Test
    void aPhotoGalleryIsBoilerplateNotNews() {
        String text = "Rebels entered Hama on Thursday.\nPhotos: War in Syria Photos: War in Syria Men gather "
                + "after airstrikes in rebel-held Idlib on Thursday, September 5. Hide Caption 77 of 222\n"
                + "The army said it withdrew.\n";
        assertThat(detector.detect(text, new Span(0, text.length()))).extracting(span -> span.of(text))
                .containsExactly("Photos: War in Syria Photos: War in Syria Men gather after airstrikes in "
                        + "rebel-held Idlib on Thursday, September 5. Hide Caption 77 of 222");
    }

    @Test
    void aParagraphOpeningOnItsPhotoIsACaptionButOneThatOnlyNamesAPhotoIsNot() {
        String text = "Rebels entered Hama on Thursday.\n"
                + "In this photo released by the rebels, fighters stand on a tank in Hama on Thursday.\n"
                + "The army said a photo of the tank in Hama was staged.\n";
        assertThat(detector.detect(text, new Span(0, text.length()))).extracting(span -> span.of(text))
                .containsExactly("In this photo released by the rebels, fighters stand on a tank in Hama on Thursday.");
    }

    @Test
    void aLongGalleryOfCaptionsIsBoilerplateButALongReportNamingSubscribersThriceIsNot() {
        StringBuilder gallery = new StringBuilder("Photos: A year of war Photos: A year of war");
        for (int photo = 1; photo <= 6; photo++) {
            gallery.append(" Fighters rest beside a burned truck near a ruined village on a day in March, photo ")
                    .append(photo).append(". Hide Caption ").append(photo).append(" of 6");
        }
        String report = "The ministry said on Monday that its weekly newsletter, which had carried casualty figures "
                + "from the northern front for two years, would stop, and that the figures it had gathered from "
                + "hospitals in three provinces would instead be published once a month on its website. Officials "
                + "did not say why. Aid groups that relied on the figures said the change would make it harder to "
                + "follow the fighting around the besieged towns, where shelling has continued for weeks and where "
                + "convoys have not entered since the spring. A spokesman for one group, whose subscribers include "
                + "doctors, said it would ask the ministry to reconsider; subscribers would be told, and those who "
                + "subscribe later could read the old figures online.";
        String text = "Rebels entered Hama on Thursday.\n" + gallery + "\n" + report + "\n";
        assertThat(gallery.length()).isGreaterThan(600);
        assertThat(report.length()).isGreaterThan(600);
        assertThat(detector.detect(text, new Span(0, text.length()))).extracting(span -> span.of(text))
                .containsExactly(gallery.toString());
    }

    @Test
    void keepsReportingThatMentionsNewsOrSubscribersInPassing() {
        String text = "The latest reports from Idlib say rebels advanced.\n"
                + "Officials said the ministry would publish updates every day.\n";
        assertThat(detector.detect(text, new Span(0, text.length()))).isEmpty();
    }

    /** On real articles, what is flagged is a small share of the text and each flagged line carries a cue. */
    @Test
    void flagsLittleOfRealArticlesBesidesTheirPhotoGalleries() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long total = 0;
        long flagged = 0;
        long galleries = 0;
        int articles = 0;
        for (String line : Files.readAllLines(TestData.bench("allsides-syria-en/articles.jsonl"))) {
            JsonNode article = json.readTree(line);
            String text = article.get("text").asText();
            for (Span span : detector.detect(text, new Span(0, text.length()))) {
                if (CAPTIONS.matcher(span.of(text)).results().count() >= 3) {
                    galleries += span.length();
                } else {
                    flagged += span.length();
                }
            }
            total += text.length();
            articles++;
        }
        assertThat(articles).isEqualTo(1000);
        assertThat(flagged / (double) total).isLessThan(0.01);
        // the photo galleries of one outlet's pages, caption after caption (two of 222 photos), are about 3 %
        assertThat(galleries / (double) total).isBetween(0.01, 0.05);
    }
}
