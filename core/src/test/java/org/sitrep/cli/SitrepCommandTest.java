package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SitrepCommandTest {

    @Test
    void everyCommandHasHelpAndNoClashingOptions() {
        CommandLine root = SitrepCommand.commandLine();
        assertThat(root.getSubcommands().keySet()).contains("demo", "ingest", "articles", "show", "extract",
                "control", "timeline", "stance", "search", "rebuild", "serve", "subscribe", "subscribers", "digest",
                "eval", "bench");
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            Cli help = Cli.run(name, "--help");
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(help.out()).as(name).contains("Usage: sitrep " + name);
        }
        assertThat(Cli.run("--help").out()).contains("ingest", "control", "digest");
    }

    @Test
    void unknownOptionsFailWithUsage() {
        Cli run = Cli.run("ingest", "--bogus", "some.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
    }

    @Test
    void trainingRefusesTheTestSplitForEveryLearnedStage() {
        for (String stage : new String[] {"arguments", "trust"}) {
            Cli run = Cli.run("train", stage, "--split", "test", "--out", "-");
            assertThat(run.exitCode()).as(stage).isEqualTo(2);
            assertThat(run.err()).as(stage).contains("train on the dev split only");
        }
    }
}
