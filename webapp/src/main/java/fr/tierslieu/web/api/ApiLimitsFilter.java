package fr.tierslieu.web.api;

import fr.tierslieu.core.api.RequestLimits;
import fr.tierslieu.core.application.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

/**
 * The limits of {@link RequestLimits} for every call of the REST API, before anything parses the
 * body: more than {@value RequestLimits#MAX_BODY_BYTES} bytes is answered 413 (by its
 * Content-Length when given, else as soon as the stream passes the limit), JSON nested deeper than
 * {@value RequestLimits#MAX_JSON_DEPTH} levels 400. The body, read once into memory, is then
 * handed to JAX-RS.
 */
@WebFilter(filterName = "ApiLimitsFilter", urlPatterns = "/api/*")
public class ApiLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageBundles messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        int max = RequestLimits.maxBodyBytes(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (declared > max) {
            refuse(
                    request,
                    response,
                    413,
                    messages.format(locale(request), "core.api.error.tooLarge", max / (1024 * 1024)));
            return;
        }
        if (declared == 0 || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = new byte[declared > 0 ? (int) declared : 8192];
        int length = 0;
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(body, length, body.length - length)) != -1) {
                length += read;
                if (length > max) {
                    refuse(
                            request,
                            response,
                            413,
                            messages.format(locale(request), "core.api.error.tooLarge", max / (1024 * 1024)));
                    return;
                }
                if (length == body.length) {
                    body = Arrays.copyOf(body, Math.min(body.length * 2, max + 1));
                }
            }
        }
        String type = request.getContentType();
        if (type != null
                && type.toLowerCase(Locale.ROOT).contains("json")
                && RequestLimits.jsonDepth(body, length, RequestLimits.MAX_JSON_DEPTH) > RequestLimits.MAX_JSON_DEPTH) {
            refuse(
                    request,
                    response,
                    400,
                    messages.format(locale(request), "core.api.error.tooDeep", RequestLimits.MAX_JSON_DEPTH));
            return;
        }
        chain.doFilter(new Buffered(request, body, length), response);
    }

    private static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return MessageBundles.FRENCH; // the container would answer with the server's own locale
        }
        for (Locale l : Collections.list(request.getLocales())) {
            if ("en".equals(l.getLanguage()) || "fr".equals(l.getLanguage())) {
                return MessageBundles.supported(l);
            }
        }
        return MessageBundles.FRENCH;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close"); // the rest of a too large body is not read
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", status)
                        .add("message", message)
                        .add("errors", Json.createArrayBuilder())
                        .add("errorCount", 0)
                        .build()
                        .toString());
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private final int length;

        Buffered(HttpServletRequest request, byte[] body, int length) {
            super(request);
            this.body = body;
            this.length = length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body, 0, length);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return length;
        }

        @Override
        public long getContentLengthLong() {
            return length;
        }
    }
}
