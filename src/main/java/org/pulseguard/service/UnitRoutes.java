package org.pulseguard.service;

import io.javalin.config.RoutesConfig;
import org.pulseguard.access.Permission;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pulseguard.session.Outcome;

/**
 * The routes of {@code /api/}: units and their state, emergency stop, standby, health. Each request
 * goes to the unit's {@link org.pulseguard.session.SessionSupervisor} as it is; nothing here decides
 * what is safe. Stateless apart from the registry.
 */
final class UnitRoutes {
    private final UnitRegistry units;
    private final Supplier<Optional<String>> journalFailure;

    /** The answer to a request made of a unit: the supervisor's outcome. */
    record OutcomeView(String unit, boolean accepted, String state, String reason, String detail) {
        static OutcomeView of(String unit, Outcome outcome) {
            return new OutcomeView(unit, outcome.accepted(), outcome.state().name(), outcome.reason().name(), outcome.detail());
        }
    }

    /** {@code GET /api/health}: whether the service and its journal are working. */
    record HealthView(String status, int units, String journal) {}

    UnitRoutes(UnitRegistry units, Supplier<Optional<String>> journalFailure) {
        this.units = units;
        this.journalFailure = journalFailure;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/units", ctx -> {
            Logins.require(ctx, Permission.WATCH_UNITS);
            ctx.json(units.all().stream().map(UnitView::of).toList());
        });
        routes.get("/api/units/{id}", ctx -> {
            Logins.require(ctx, Permission.WATCH_UNITS);
            ctx.json(UnitView.of(unit(ctx)));
        });
        routes.post("/api/units/{id}/emergency-stop", this::emergencyStop);
        routes.post("/api/units/{id}/standby", this::standby);
        routes.get("/api/units/{id}/events", this::events);
    }

    /** Server-sent events: the unit's state now, then every supervisor event (see {@link LiveUpdates}). */
    private void events(Context ctx) throws Exception {
        Logins.require(ctx, Permission.WATCH_UNITS);
        ServedUnit unit = unit(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "NOT_AN_EVENT_STREAM_REQUEST", "GET " + ctx.path() + " is a server-sent event stream:"
                    + " ask for it with Accept: text/event-stream (a browser's EventSource does)");
        }
        if (!unit.live().hasRoom()) {
            throw new ApiException(503, "TOO_MANY_WATCHERS", LiveUpdates.MAX_WATCHERS + " browsers already watch unit " + unit.id()
                    + "; close one (the emergency stop and every other request still work)");
        }
        new SseHandler(client -> unit.live().watch(client, UnitView.of(unit))).handle(ctx);
    }

    private void health(Context ctx) {
        Logins.require(ctx, Permission.WATCH_UNITS);
        Optional<String> failure = journalFailure.get();
        ctx.status(failure.isPresent() ? 503 : 200)
                .json(new HealthView(failure.isPresent() ? "journal-failed" : "ok", units.all().size(),
                        failure.map(f -> "failed: " + f).orElse("writing")));
    }

    /** Always carried out, whatever the unit's state and whatever the request holds. */
    private void emergencyStop(Context ctx) {
        Logins.require(ctx, Permission.EMERGENCY_STOP);
        ServedUnit unit = unit(ctx);
        ctx.json(OutcomeView.of(unit.id(), unit.supervisor().emergencyStop()));
    }

    private void standby(Context ctx) {
        Logins.require(ctx, Permission.OPERATE_UNIT);
        ServedUnit unit = unit(ctx);
        Outcome outcome = unit.supervisor().standby();
        if (!outcome.accepted()) {
            throw new ApiException(409, "REFUSED", "unit " + unit.id() + " refused standby in " + outcome.state() + ": "
                    + outcome.detail());
        }
        ctx.json(OutcomeView.of(unit.id(), outcome));
    }

    private ServedUnit unit(Context ctx) {
        String id = ctx.pathParam("id");
        return units.find(id).orElseThrow(() -> new ApiException(404, "UNKNOWN_UNIT", "there is no unit '" + shorten(id)
                + "'; units: " + units.ids()));
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** The routes, for a 405's message. */
    static List<String> paths() {
        return List.of("POST /api/login", "POST /api/logout", "GET /api/me", "POST /api/password", "GET /api/health", "GET /api/units", "GET /api/units/{id}", "GET /api/units/{id}/events",
                "POST /api/units/{id}/emergency-stop", "POST /api/units/{id}/standby");
    }
}
