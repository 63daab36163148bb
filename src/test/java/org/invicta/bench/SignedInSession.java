package org.invicta.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.invicta.organisation.TestForces.TestUser;

/**
 * A user signed in once through the sign-in form, whose requests then carry the session cookie as a
 * browser's would. HTTP Basic would check the password (Argon2, deliberately slow) on every request
 * and swamp whatever a benchmark means to measure.
 */
final class SignedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String base;
    private String csrf = "";

    private SignedInSession(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static SignedInSession signIn(int port, TestUser user) {
        var session = new SignedInSession(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build(),
                "http://localhost:" + port);
        var page = session.get("/sign-in", "text/html");
        var token = CSRF.matcher(page.body());
        if (!token.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
        var form = "username=" + encode(user.username()) + "&password=" + encode(user.password())
                + "&_csrf=" + encode(token.group(1));
        var signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error"))
            throw new IllegalStateException("sign-in of " + user.username() + " failed: " + signedIn.statusCode() + " " + location);
        // Signing in replaces the CSRF token; a write with the session cookie must carry the new one, as a form would.
        var home = CSRF.matcher(session.get("/", "text/html").body());
        if (home.find()) session.csrf = home.group(1);
        return session;
    }

    /** GETs a JSON resource and fails unless it answers 200: a benchmark of error pages measures nothing. */
    String getJson(String path) {
        var response = get(path, "application/json");
        if (response.statusCode() != 200)
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    /** A page as the browser receives it: its HTML, and the bytes sent for it (compressed, if the server compressed it). */
    record Page(String body, long sent) {
    }

    Page getHtml(String path) {
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            var gzipped = "gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""));
            var bytes = gzipped ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes()
                    : response.body();
            return new Page(new String(bytes, StandardCharsets.UTF_8), response.body().length);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs a JSON body with the session's CSRF token and fails unless it answers 200. */
    String postJson(String path, String json) {
        var response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200)
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return org.invicta.HttpCalls.send(client, request.build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
