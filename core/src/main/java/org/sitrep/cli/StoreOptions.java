package org.sitrep.cli;

import org.sitrep.store.Store;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "Store: an H2 file path or a JDBC URL such as jdbc:postgresql://localhost/sitrep?user=u"
                    + "&password=p (default: $SITREP_DB or ${DEFAULT-VALUE}).",
            defaultValue = "${env:SITREP_DB:-" + StoreLocation.DEFAULT_PATH + "}")
    String db;

    public Store open() {
        return Store.open(db);
    }
}
