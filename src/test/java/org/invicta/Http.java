package org.invicta;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.invicta.organisation.TestForces.TestUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP to the running application, as an API client would call it. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, Map<String, String> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public @Nullable String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** Records a person through the API, as the given user, and answers the new person's id. */
    public String recordPerson(TestUser user, Map<String, ?> person) {
        var response = post("/api/v1/people", user, person);
        if (response.status() != 201) throw new IllegalStateException("recording a person failed: " + response);
        return response.json().get("id").asString();
    }

    public Response get(String path, @Nullable TestUser user) {
        return send("GET", path, user, null, Map.of());
    }

    public Response post(String path, @Nullable TestUser user, Object body) {
        return send("POST", path, user, body, Map.of());
    }

    public Response put(String path, @Nullable TestUser user, Object body, Map<String, String> headers) {
        return send("PUT", path, user, body, headers);
    }

    public Response send(String method, String path, @Nullable TestUser user, @Nullable Object body,
                         Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        if (body == null) request.method(method, HttpRequest.BodyPublishers.noBody());
        else request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        var response = HttpCalls.send(client, request.build());
        var responseHeaders = new LinkedHashMap<String, String>();
        response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
        return new Response(response.statusCode(), response.body(), responseHeaders);
    }
}
