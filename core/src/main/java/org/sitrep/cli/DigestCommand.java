package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Models;
import org.sitrep.digest.DigestBuilder;
import org.sitrep.digest.DigestIssue;
import org.sitrep.digest.Newsletter;
import org.sitrep.situation.Situation;
import org.sitrep.store.SendRecord;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep digest}: builds the newsletter for a period, sends it, and reports the send log. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Builds the digest for a period (HTML and text), sends it, or shows the send log.",
        subcommands = {DigestCommand.Build.class, DigestCommand.Send.class, DigestCommand.Status.class})
public final class DigestCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options naming the period and language of an issue. */
    static final class Period {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
        LocalDate to;

        @Option(names = "--period", paramLabel = "FROM..TO", description = "Both days at once, e.g. 2024-12-01..2024-12-15.")
        void period(String value) {
            String[] days = value.split("\\.\\.");
            if (days.length != 2) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--period must be FROM..TO, was " + value);
            }
            from = LocalDate.parse(days[0].strip());
            to = LocalDate.parse(days[1].strip());
        }

        @Option(names = "--lang", defaultValue = "en", description = "en or ar (default: ${DEFAULT-VALUE}).")
        String lang;

        private void check() {
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("give the period with --from and --to, or --period FROM..TO "
                        + "(FROM not after TO)");
            }
        }

        DigestIssue build(Store store, String baseUrl) {
            return builder(store, baseUrl).apply(java.util.List.of());
        }

        /** Builds the issue's variant for a topic list (the facts and situation are read once). */
        java.util.function.Function<java.util.List<String>, DigestIssue> builder(Store store, String baseUrl) {
            check();
            var facts = store.allFacts();
            Situation situation = Situation.of(facts, store.reviews());
            DigestBuilder builder = new DigestBuilder(Models.shared().gazetteer(), Models.shared().knowledge());
            return topics -> builder.build(situation, facts, from, to, lang, baseUrl, topics);
        }
    }

    /** {@code digest build}. */
    @Command(name = "build", mixinStandardHelpOptions = true, description = "Builds an issue and writes its HTML.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Mixin
        Period period;

        @Option(names = "--out", paramLabel = "FILE.html", description = "Where to write the HTML (the text part goes "
                + "beside it as .txt); default: print the text part.")
        Path out;

        @Option(names = "--base-url", defaultValue = "http://localhost:7070", description = "Server URL for links.")
        String baseUrl;

        @Override
        public Integer call() throws Exception {
            try (Store opened = store.open()) {
                DigestIssue issue = period.build(opened, baseUrl);
                if (out == null) {
                    spec.commandLine().getOut().print(issue.text());
                } else {
                    Files.writeString(out, issue.html());
                    Files.writeString(Path.of(out.toString().replaceAll("\\.html?$", "") + ".txt"), issue.text());
                    spec.commandLine().getOut().println("wrote " + out);
                }
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    /** {@code digest send}. */
    @Command(name = "send", mixinStandardHelpOptions = true,
            description = "Sends an issue now to every confirmed subscriber of its language who has not had it.")
    static final class Send implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Mixin
        Period period;

        @Mixin
        MailOptions mail;

        @Override
        public Integer call() {
            try (Store opened = store.open()) {
                Newsletter newsletter = mail.newsletter(opened);
                var variants = period.builder(opened, mail.baseUrl);
                DigestIssue issue = variants.apply(java.util.List.of());
                Newsletter.SendReport report = newsletter.send(issue, variants);
                spec.commandLine().getOut().printf("%s: %d sent, %d already sent, %d bounced, %d failed%n", issue.id(),
                        report.sent(), report.skipped(), report.bounced(), report.failed());
                spec.commandLine().getOut().flush();
                return report.failed() + report.bounced() > 0 ? SitrepCommand.EXIT_BAD_INPUT : 0;
            }
        }
    }

    /** {@code digest status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Shows the send log per issue.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (Store opened = store.open()) {
                Map<String, Map<SendRecord.Status, Integer>> counts = new TreeMap<>();
                for (SendRecord record : opened.sendLog()) {
                    counts.computeIfAbsent(record.issueId(), k -> new TreeMap<>()).merge(record.status(), 1, Integer::sum);
                    if (record.status() != SendRecord.Status.SENT) {
                        spec.commandLine().getOut().printf("  %s %s %s after %d attempt(s)%s%n", record.issueId(),
                                record.email(), record.status(), record.attempts(),
                                record.lastError().map(e -> ": " + e).orElse(""));
                    }
                }
                counts.forEach((issue, byStatus) -> spec.commandLine().getOut().printf("%s %s%n", issue, byStatus));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
