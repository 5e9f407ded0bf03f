package org.sitrep.flink;

import java.io.PrintWriter;
import org.sitrep.cli.SitrepCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sitrep flink}: sitrep's pipeline as an Apache Flink job. The {@code sitrep} launcher hands it every command
 * line that starts with {@code flink}; {@code flink run} submits the same jar to a cluster.
 */
@Command(name = "sitrep flink", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Runs the ingest pipeline as an Apache Flink job into a shared store (PostgreSQL).",
        subcommands = {RunCommand.class, CommandLine.HelpCommand.class})
public final class FlinkCommand implements Runnable {
    /** Exit code: the Flink job failed for good. */
    public static final int EXIT_JOB_FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    /** The command line, with core's exit codes (bad input 1, store 3) and the job's own (4). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new FlinkCommand());
        CommandLine.IExecutionExceptionHandler core = SitrepCommand.commandLine().getExecutionExceptionHandler();
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof JobFailedException failed) {
                PrintWriter err = cmd.getErr();
                err.println("error " + failed.getMessage());
                return EXIT_JOB_FAILED;
            }
            return core.handleExecutionException(error, cmd, parseResult);
        });
        return commandLine;
    }
}
