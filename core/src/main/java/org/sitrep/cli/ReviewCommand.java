package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.pipeline.ReviewDesk;
import org.sitrep.review.Corrections;
import org.sitrep.review.Review;
import org.sitrep.review.ReviewException;
import org.sitrep.review.TargetKind;
import org.sitrep.review.Verdict;
import org.sitrep.situation.Situation;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep review}: an analyst accepts, rejects or corrects an event or a control claim, or lists reviews. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Accepts, rejects or corrects a merged event (--event ID) or one article's control claim "
                + "(--control ID), with who and why; the review is stored beside the machine's claim, which stays, "
                + "and the situation prefers it. Ids are in the JSON of events and of control evidence (claimId).",
                "With --list, prints the stored reviews (of one target with --event or --control)."})
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--event", paramLabel = "ID", description = "A merged event's id (m and 16 hex digits).")
    Optional<String> event;

    @Option(names = "--control", paramLabel = "ID", description = "A control claim's id (c and 16 hex digits).")
    Optional<String> control;

    @Option(names = "--accept", description = "The claim is right as it stands.")
    boolean accept;

    @Option(names = "--reject", description = "The claim is wrong: it leaves the situation (needs --why).")
    boolean reject;

    @Option(names = "--correct", paramLabel = "FIELD=VALUE", arity = "1..*",
            description = "The claim is right with these fields changed (needs --why). Events: type, acled, actor, "
                    + "actor_side, target, target_side, place, date; control: controller, side, status, date.")
    Map<String, String> correct = new LinkedHashMap<>();

    @Option(names = "--by", paramLabel = "NAME", description = "Who reviews.")
    Optional<String> by;

    @Option(names = "--why", paramLabel = "TEXT", description = "Why (required to reject or correct).")
    Optional<String> why;

    @Option(names = "--list", description = "List the stored reviews instead of filing one.")
    boolean list;

    @Override
    public Integer call() {
        if (event.isPresent() && control.isPresent()) {
            throw new ReviewException("review one target: --event or --control, not both");
        }
        Optional<TargetKind> kind = event.map(e -> TargetKind.EVENT).or(() -> control.map(c -> TargetKind.CONTROL));
        Optional<String> target = event.or(() -> control);
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            try (Store opened = store.open()) {
                List<Review> reviews = target.map(opened::reviews).orElseGet(opened::reviews);
                reviews.forEach(r -> out.println(line(r)));
                out.printf("%d review%s%n", reviews.size(), reviews.size() == 1 ? "" : "s");
            }
            out.flush();
            return 0;
        }
        Review draft = Review.draft(kind.orElseThrow(() -> new ReviewException("name the claim to review: --event ID "
                        + "or --control ID (or --list to see the reviews)")), target.orElseThrow(), verdict(),
                Corrections.of(kind.get(), correct), by.orElseThrow(() -> new ReviewException(
                        "say who reviews: --by NAME")), why.orElse(""), Instant.now());
        try (Store opened = store.open()) {
            Situation situation = Situation.of(opened.allFacts(), opened.reviews());
            Review stored = new ReviewDesk(opened, situation,
                    name -> ReviewDesk.places(Models.shared().gazetteer()).apply(name)).file(draft);
            out.println("stored " + line(stored));
        }
        out.flush();
        return 0;
    }

    private Verdict verdict() {
        int given = (accept ? 1 : 0) + (reject ? 1 : 0) + (correct.isEmpty() ? 0 : 1);
        if (given != 1) {
            throw new ReviewException("give one verdict: --accept, --reject or --correct FIELD=VALUE...");
        }
        return accept ? Verdict.ACCEPT : reject ? Verdict.REJECT : Verdict.CORRECT;
    }

    private static String line(Review r) {
        return String.format(java.util.Locale.ROOT, "review %d  %s  %s %s  %s by %s%s%s", r.id(), r.at(),
                r.kind().label(), r.targetId(), r.verdict().label(), r.reviewer(),
                r.corrections().isEmpty() ? "" : "  [" + r.corrections() + "]",
                r.reason().isEmpty() ? "" : "  — " + r.reason().replaceAll("\\s+", " "));
    }
}
