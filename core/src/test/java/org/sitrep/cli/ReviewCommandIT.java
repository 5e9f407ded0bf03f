package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Fingerprint;
import org.sitrep.store.Store;
import org.sitrep.testing.Samples;

/** {@code sitrep review} on a real H2 store: filing, listing, the situation commands seeing it, and refused input. */
class ReviewCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void storeOneArticle() {
        db = dir.resolve("store").toString();
        try (Store store = Store.open(db)) {
            store.save(Samples.articleOfEveryKind(), Samples.factsOfEveryKind(), Fingerprint.of(Samples.TEXT));
        }
    }

    private JsonNode control() throws Exception {
        Cli control = Cli.run("control", "--db", db, "--at", "2024-12-05", "--format", "json");
        assertThat(control.exitCode()).as(control.err()).isZero();
        return JSON.readTree(control.out()).get(0);
    }

    private JsonNode events() throws Exception {
        Cli timeline = Cli.run("timeline", "--db", db, "--format", "json");
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        return JSON.readTree(timeline.out());
    }

    @Test
    void aCorrectedControlClaimChangesTheControlAnswerAndIsListed() throws Exception {
        String claimId = control().path("evidence").get(0).path("claimId").asText();
        Cli review = Cli.run("review", "--db", db, "--control", claimId, "--correct", "status=contested",
                "controller=Syrian government", "side=government", "--by", "Ana Analyst", "--why", "the army holds it");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out()).startsWith("stored review 1 ").contains("control " + claimId + "  correct by Ana Analyst");
        JsonNode interval = control();
        assertThat(interval.path("status").asText()).isEqualTo("contested");
        assertThat(interval.path("controller").asText()).isEqualTo("Syrian government");
        assertThat(interval.path("reviewed").path("reviewer").asText()).isEqualTo("Ana Analyst");
        Cli list = Cli.run("review", "--db", db, "--list");
        assertThat(list.out()).contains("review 1 ", "[controller=Syrian government, side=government, status=contested]",
                "— the army holds it").endsWith("1 review\n");
        assertThat(Cli.run("review", "--db", db, "--list", "--control", "c0000000000000000").out())
                .isEqualTo("0 reviews\n");
    }

    @Test
    void aRejectedEventLeavesTheTimelineAndACorrectedPlaceIsFoundInTheGazetteer() throws Exception {
        String eventId = events().get(0).path("id").asText();
        Cli correct = Cli.run("review", "--db", db, "--event", eventId, "--correct", "place=Homs", "type=assault",
                "--by", "Ana", "--why", "the wire named the wrong city");
        assertThat(correct.exitCode()).as(correct.err()).isZero();
        JsonNode event = events().get(0);
        assertThat(event.path("place").asText()).isEqualTo("Homs");
        assertThat(event.path("placeRef").asText()).isEqualTo("169577");
        assertThat(event.path("lat").asDouble()).isBetween(34.7, 34.8);
        assertThat(event.path("type").asText()).isEqualTo("ASSAULT");
        Cli reject = Cli.run("review", "--db", db, "--event", eventId, "--reject", "--by", "Ben", "--why", "rumour");
        assertThat(reject.exitCode()).as(reject.err()).isZero();
        assertThat(events()).isEmpty();
        assertThat(Cli.run("review", "--db", db, "--list", "--event", eventId).out()).endsWith("2 reviews\n");
    }

    @Test
    void badInputNamesTheProblemExitsNonZeroAndStoresNothing() throws Exception {
        String claimId = control().path("evidence").get(0).path("claimId").asText();
        assertRefused("a reject needs a reason: say why the machine is wrong",
                "--control", claimId, "--reject", "--by", "Ana");
        assertRefused("no control with id c0000000000000000 in the situation",
                "--control", "c0000000000000000", "--accept", "--by", "Ana");
        assertRefused("give one verdict: --accept, --reject or --correct FIELD=VALUE...",
                "--control", claimId, "--accept", "--reject", "--by", "Ana", "--why", "x");
        assertRefused("cannot correct \"colour\" of a control: fields are date, controller, side, status",
                "--control", claimId, "--correct", "colour=red", "--by", "Ana", "--why", "x");
        assertRefused("not an event id: \"" + claimId + "\"", "--event", claimId, "--accept", "--by", "Ana");
        assertRefused("say who reviews: --by NAME", "--control", claimId, "--accept");
        assertRefused("name the claim to review: --event ID or --control ID", "--accept", "--by", "Ana");
        assertThat(Cli.run("review", "--db", db, "--list").out()).isEqualTo("0 reviews\n");
        assertThat(control().path("reviewed").isNull()).isTrue();
    }

    private void assertRefused(String message, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "review";
        command[1] = "--db";
        command[2] = db;
        System.arraycopy(args, 0, command, 3, args.length);
        Cli run = Cli.run(command);
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).startsWith("error ").contains(message);
    }
}
