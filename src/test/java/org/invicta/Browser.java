package org.invicta;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does during a sign-in, over real HTTP: it keeps each host's cookies and follows
 * redirects, across Invicta and a force's identity provider alike. It runs no scripts.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Where the browser ended up, what it shows, and the addresses it was sent through on the way. */
    public record Page(URI uri, int status, String body, List<URI> redirects) {

        /** The CSRF token of the page's form, as Spring Security puts it in a hidden field. */
        public String csrfToken() {
            var token = CSRF.matcher(body);
            if (!token.find()) throw new AssertionError("no CSRF token on " + uri + ":\n" + body);
            return token.group(1);
        }

        @Override
        public String toString() {
            return status + " " + uri + " (by way of " + redirects + ")";
        }
    }

    public Page open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    /** Submits a form as {@code application/x-www-form-urlencoded}, like a browser's POST. */
    public Page submit(URI action, Map<String, String> fields) {
        var form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(action).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Page send(HttpRequest.Builder request) {
        var response = HttpCalls.send(client, request.build());
        var redirects = new ArrayList<URI>();
        for (var earlier = response.previousResponse(); earlier.isPresent(); earlier = earlier.get().previousResponse())
            redirects.add(0, earlier.get().uri());
        return new Page(response.uri(), response.statusCode(), response.body(), redirects);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
