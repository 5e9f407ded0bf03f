package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.ingest.BadInputException;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: one subcommand per job, exceptions mapped to exit codes in one place. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns conflict news into a sourced, living situation picture.",
        subcommands = {DemoCommand.class, IngestCommand.class, ArticlesCommand.class, ShowCommand.class,
                ExtractCommand.class, ControlCommand.class, TimelineCommand.class, StanceCommand.class,
                SearchCommand.class, RebuildCommand.class, ReviewCommand.class, ServeCommand.class,
                SubscribeCommand.class, SubscribersCommand.class, DigestCommand.class, EvalCommand.class,
                BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
    /** Exit code: some inputs were bad (the rest were processed). */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit code: the store could not be opened or written. */
    public static final int EXIT_STORE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(code);
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SitrepCommand());
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (error instanceof BadInputException bad) {
                err.println("error " + bad.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (error instanceof IllegalArgumentException wrong) {
                err.println("error " + wrong.getMessage());
                return cmd.getCommandSpec().exitCodeOnInvalidInput();
            }
            if (error instanceof StoreException store) {
                err.println("store error: " + store.getMessage());
                return EXIT_STORE;
            }
            throw error;
        });
        return commandLine;
    }
}
