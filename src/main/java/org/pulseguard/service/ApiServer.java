package org.pulseguard.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the service (Javalin on Jetty 12): the {@link UnitRoutes} under {@code /api/},
 * JSON through Jackson, and one rule for failures: every error is a 4xx/5xx with an {@link ApiError}
 * body in plain words (an unknown route, a wrong method, a malformed request, a bug), never a stack
 * trace. Start once, stop once.
 */
final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Marks a request a route already answered with its own error (a 404 for an unknown unit keeps its message). */
    private static final String ANSWERED = "pulseguard.answered";

    private final Javalin app;

    ApiServer(UnitRegistry units, Supplier<Optional<String>> journalFailure, Logins logins) {
        UnitRoutes routes = new UnitRoutes(units, journalFailure);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(JSON, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            logins.addTo(config.routes);
            routes.addTo(config.routes);
            config.routes.exception(org.pulseguard.access.AccessDenied.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                ctx.status(403).json(ApiError.of("NOT_ALLOWED", e.getMessage()));
            });
            config.routes.exception(ApiException.class, (e, ctx) -> {
                ctx.attribute(ANSWERED, true);
                ctx.status(e.status()).json(e.body());
            });
            config.routes.exception(HttpResponseException.class, ApiServer::httpError);
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
                try {
                    ctx.status(500).json(ApiError.of("INTERNAL_ERROR", "the service failed to answer this request;"
                            + " the service's log says why (please report it)"));
                } catch (RuntimeException responseGone) {
                    // the connection is gone (a stream the server is closing): nothing left to answer
                    LOG.debug("No answer for {} {}: {}", ctx.method(), ctx.path(), responseGone.toString());
                }
            });
            config.routes.error(404, ctx -> notFound(ctx));
        });
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404 -> notFound(ctx);
            case 405 -> ctx.status(405).json(ApiError.of("METHOD_NOT_ALLOWED", ctx.method() + " is not allowed on "
                    + ctx.path() + "; the API has " + String.join(", ", UnitRoutes.paths())));
            default -> ctx.status(e.getStatus()).json(ApiError.of("HTTP_" + e.getStatus(), e.getMessage()));
        }
    }

    private static void notFound(Context ctx) {
        if (ctx.attribute(ANSWERED) != null) {
            return;
        }
        ctx.status(404).json(ApiError.of("NOT_FOUND", "there is nothing at " + ctx.method() + " " + ctx.path()
                + "; the API has " + String.join(", ", UnitRoutes.paths())));
    }

    /**
     * Listens on {@code host:port} (0: a free port); returns the port taken.
     *
     * @throws BindException when another program holds the port, naming it
     */
    int start(String host, int port) throws BindException {
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            throw new BindException(host + ":" + port + " is in use by another program; stop it, or give another --port"
                    + " (0 takes a free one)");
        }
        return app.port();
    }

    /** Stops listening. */
    void stop() {
        app.stop();
    }
}
