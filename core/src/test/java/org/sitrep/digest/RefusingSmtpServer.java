package org.sitrep.digest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real SMTP server on loopback that answers RCPT with a temporary 451 a set number of times (then
 * accepts), and with a permanent 550 for addresses starting with "bounce": what GreenMail cannot be told to do.
 */
final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger temporaryFailuresLeft;
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger rcptAttempts = new AtomicInteger();
    private final Thread thread;

    RefusingSmtpServer(int temporaryFailures) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        temporaryFailuresLeft = new AtomicInteger(temporaryFailures);
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.test ESMTP");
                String line;
                boolean data = false;
                while ((line = in.readLine()) != null) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            accepted.incrementAndGet();
                            reply(out, "250 queued");
                        }
                        continue;
                    }
                    String command = line.toUpperCase(java.util.Locale.ROOT);
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 refusing.test");
                    } else if (command.startsWith("MAIL FROM")) {
                        reply(out, "250 ok");
                    } else if (command.startsWith("RCPT TO")) {
                        rcptAttempts.incrementAndGet();
                        if (command.contains("<BOUNCE")) {
                            reply(out, "550 5.1.1 no such mailbox");
                        } else if (temporaryFailuresLeft.getAndDecrement() > 0) {
                            reply(out, "451 4.3.0 try again later");
                        } else {
                            reply(out, "250 ok");
                        }
                    } else if (command.startsWith("DATA")) {
                        data = true;
                        reply(out, "354 go ahead");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // a closed socket ends the server; a dropped client ends its session only
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
