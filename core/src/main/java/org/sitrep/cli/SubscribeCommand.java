package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Store;
import org.sitrep.store.Subscriber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep subscribe EMAIL}: registers a digest subscriber and mails the confirmation link (double opt-in). */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = "Subscribes an address to the digest: it gets a confirmation mail and nothing else until "
                + "it confirms.")
public final class SubscribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    MailOptions mail;

    @Parameters(paramLabel = "EMAIL")
    String email;

    @Option(names = "--lang", defaultValue = "en", description = "en or ar (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--topics", split = ",", description = "Places or actors to follow (default: everything).")
    List<String> topics = List.of();

    @Override
    public Integer call() {
        try (Store opened = store.open()) {
            Subscriber subscriber;
            try {
                subscriber = mail.newsletter(opened).subscribe(email, lang, topics);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error " + e.getMessage());
                return SitrepCommand.EXIT_BAD_INPUT;
            }
            spec.commandLine().getOut().printf("%s: %s%n", subscriber.email(), subscriber.status() == Subscriber.Status.CONFIRMED
                    ? "already confirmed, left unchanged (its owner was mailed the link to their preferences)"
                    : "confirmation mail sent");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
