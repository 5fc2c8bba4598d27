package fr.tierslieu.web.arquillian;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** JSON calls with HTTP Basic, for the Arquillian client-side tests. */
final class ApiClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URL base;
    private final String authorization;
    private String lastBody;

    ApiClient(URL base, String username, String password) {
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends and returns the body; fails unless the status is 2xx. */
    String send(String method, String path, String json) throws IOException, InterruptedException {
        int status = status(method, path, json);
        if (status / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + status + ": " + lastBody);
        }
        return lastBody;
    }

    int status(String method, String path) throws IOException, InterruptedException {
        return status(method, path, null);
    }

    int status(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base.toString() + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .method(method, body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        lastBody = r.body();
        return r.statusCode();
    }

    String lastBody() {
        return lastBody;
    }
}
