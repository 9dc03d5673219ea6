package org.pulseguard.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pulseguard.access.AccessPolicy;
import org.pulseguard.access.Authenticator;
import org.pulseguard.access.LoginSession;
import org.pulseguard.access.LoginSessions;
import org.pulseguard.access.Permission;
import org.pulseguard.access.UserAccount;
import org.pulseguard.access.UserStore;
import org.pulseguard.access.UserStoreException;

/**
 * Who is asking (issue 9 item 5): {@code POST /api/login} sets an HttpOnly, SameSite=Strict session
 * cookie and answers the CSRF token; every other {@code /api/} request needs a live session, every
 * state change its {@value #CSRF_HEADER} header, and a one-time password must be changed first
 * (the emergency stop excepted: every logged-in user may stop emission). What a role may do is
 * {@link AccessPolicy}'s; routes ask it through {@link #require}. Thread-safe.
 */
final class Logins {
    static final String COOKIE = "pulseguard_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String LOGIN = "pulseguard.login";
    private static final Set<String> ALLOWED_BEFORE_PASSWORD_CHANGE = Set.of("/api/password", "/api/logout", "/api/me");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserStore users;
    private final LoginSessions sessions;
    private final Authenticator authenticator;

    Logins(UserStore users, LoginSessions sessions, Authenticator authenticator) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    void addTo(RoutesConfig routes) {
        routes.before("/api/*", this::gate);
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout);
        routes.get("/api/me", ctx -> ctx.json(me(current(ctx))));
        routes.post("/api/password", this::changePassword);
    }

    /** The request's login; only after the gate let it through. */
    static LoginSession current(Context ctx) {
        return Objects.requireNonNull(ctx.attribute(LOGIN), "request passed no login gate");
    }

    /** Refuses (403) unless the request's user may {@code permission}. */
    static void require(Context ctx, Permission permission) {
        AccessPolicy.check(current(ctx).role(), permission);
    }

    private void gate(Context ctx) throws UserStoreException {
        if (ctx.path().equals("/api/login")) {
            return;
        }
        Optional<LoginSession> session = sessions.use(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            throw new ApiException(401, "LOGIN_REQUIRED", "log in first (POST /api/login); sessions end after 15 idle minutes");
        }
        Optional<UserAccount> account = users.find(session.get().user());
        if (account.isEmpty() || account.get().disabled()) {
            sessions.end(session.get().token());
            throw new ApiException(401, "LOGIN_REQUIRED", "this account is disabled; ask an admin");
        }
        boolean changes = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        if (changes && !LoginSessions.csrfMatches(session.get(), ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "CSRF_TOKEN_MISSING", "a change needs the " + CSRF_HEADER + " header the login answered");
        }
        if (account.get().mustChangePassword() && !ALLOWED_BEFORE_PASSWORD_CHANGE.contains(ctx.path())
                && !ctx.path().endsWith("/emergency-stop")) {
            throw new ApiException(403, "PASSWORD_CHANGE_REQUIRED", "change the one-time password first (POST /api/password)");
        }
        ctx.attribute(LOGIN, session.get());
    }

    private void login(Context ctx) throws UserStoreException {
        JsonNode body = body(ctx);
        String user = text(body, "user");
        String password = text(body, "password");
        Authenticator.Result result = authenticator.login(user, password.toCharArray(), ctx.ip());
        if (result instanceof Authenticator.Refused refused) {
            refused.retryAfter().ifPresent(wait -> ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
            throw new ApiException(refused.retryAfter().isPresent() ? 429 : 401, "LOGIN_REFUSED", refused.reason());
        }
        Authenticator.LoggedIn in = (Authenticator.LoggedIn) result;
        ctx.header("Set-Cookie", COOKIE + "=" + in.session().token() + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.json(me(in.session()));
    }

    private void logout(Context ctx) {
        sessions.end(current(ctx).token());
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.json(java.util.Map.of("loggedOut", true));
    }

    private void changePassword(Context ctx) throws UserStoreException {
        LoginSession session = current(ctx);
        JsonNode body = body(ctx);
        if (authenticator.confirm(session, text(body, "current").toCharArray(), ctx.ip()).isPresent()) {
            throw new ApiException(403, "PASSWORD_REFUSED", "the current password does not match");
        }
        try {
            users.setPassword(session.user(), text(body, "new").toCharArray());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "BAD_PASSWORD", e.getMessage());
        }
        ctx.json(me(session));
    }

    private UserView me(LoginSession session) throws UserStoreException {
        boolean mustChange = users.find(session.user()).map(UserAccount::mustChangePassword).orElse(false);
        return new UserView(session.user(), session.role().name(), mustChange, session.csrfToken(),
                AccessPolicy.of(session.role()).stream().map(Enum::name).sorted().toList());
    }

    /** Who is logged in, what they may do, and the CSRF token for their changes. */
    record UserView(String user, String role, boolean mustChangePassword, String csrfToken, java.util.List<String> permissions) {}

    private static JsonNode body(Context ctx) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new ApiException(400, "BAD_REQUEST", "the body must be a JSON object");
            }
            return body;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "BAD_REQUEST", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, "BAD_REQUEST", "the body cannot be read");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw new ApiException(400, "BAD_REQUEST", "field '" + field + "' is missing or not a non-empty string");
        }
        return value.textValue();
    }
}
