package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.tools.Server;

/**
 * Lets other processes use an embedded H2 store while one process holds it: the holder ({@code serve},
 * {@code demo}) runs H2's TCP server on a free loopback port and writes the port beside the store
 * ({@code STORE.server}); a later process that finds a live port there connects through it instead of opening the
 * locked file. A port file left by a killed holder is ignored, since nothing answers on it.
 */
public final class StoreSharing implements AutoCloseable {
    private final Server server;
    private final Path portFile;

    private StoreSharing(Server server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /** Shares the store at {@code location} if it is an H2 file; a JDBC URL (PostgreSQL) is shared already. */
    public static Optional<StoreSharing> share(String location) {
        if (location.startsWith("jdbc:")) {
            return Optional.empty();
        }
        Path file = Path.of(location.endsWith(".mv.db") ? location.substring(0, location.length() - 6) : location)
                .toAbsolutePath().normalize();
        JdbiStore.ensureLoopback();
        try {
            // no -tcpAllowOthers: other hosts are refused, and the socket is bound to loopback (JdbiStore)
            Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists", "-tcpDaemon").start();
            Path portFile = portFile(file);
            Files.writeString(portFile, Integer.toString(server.getPort()), StandardCharsets.UTF_8);
            return Optional.of(new StoreSharing(server, portFile));
        } catch (SQLException e) {
            throw new StoreException("cannot share store " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + portFile(file), e);
        }
    }

    /** The port a live holder shares the store on, if any. */
    static Optional<Integer> port(Path file) {
        Path portFile = portFile(file);
        if (!Files.isRegularFile(portFile)) {
            return Optional.empty();
        }
        try (Socket probe = new Socket()) {
            int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).strip());
            probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return Optional.of(port);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // a holder that died: open the file itself
        }
    }

    private static Path portFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".server");
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // the port no longer answers, so a leftover file is harmless
        }
    }
}
