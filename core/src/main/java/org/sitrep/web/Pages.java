package org.sitrep.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The workbench's permalinks: {@code /place/{name}}, {@code /actor/{name}}, {@code /event/{id}} and
 * {@code /article/{id}} all answer the one page shell, whose script reads the path and asks the API for the thing.
 */
final class Pages {
    private static final String SHELL = "/web/page.html";

    private Pages() {
    }

    static void register(RoutesConfig routes) {
        for (String kind : new String[] {"place", "actor", "event", "article"}) {
            routes.get("/" + kind + "/{id}", Pages::shell);
        }
    }

    private static void shell(Context ctx) {
        try (InputStream in = Pages.class.getResourceAsStream(SHELL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHELL);
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHELL, e);
        }
    }
}
