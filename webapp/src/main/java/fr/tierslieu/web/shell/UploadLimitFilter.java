package fr.tierslieu.web.shell;

import fr.tierslieu.core.application.export.Uploads;
import fr.tierslieu.core.application.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.primefaces.util.EscapeUtils;

/**
 * A page's file upload larger than the multipart limit of web.xml would make the container fail
 * while reading it (an error 500). Such a request is refused before it is read: 413 and the error
 * page saying the limit ({@link Uploads#MAX_FILE_BYTES}); smaller files that are still over the
 * limit get a message at their field (the file fields' {@code sizeLimit}).
 */
@WebFilter(filterName = "UploadLimitFilter", urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageBundles messages;
    /** web.xml's max-request-size: the largest file plus the form around it. */
    static final long MAX_REQUEST_BYTES = 2L * Uploads.MAX_FILE_BYTES;
    /** Bodies this large are read (and dropped) before the answer; larger ones end the connection. */
    static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && (length > MAX_REQUEST_BYTES || length < 0)) {
            // Read and drop a body of reasonable size, so that the browser, which sends it all before
            // it reads the answer, shows the page; beyond MAX_DRAIN_BYTES the connection is closed.
            long dropped = 0;
            byte[] buffer = new byte[64 * 1024];
            if (length <= MAX_DRAIN_BYTES) {
                for (int read;
                        dropped <= MAX_DRAIN_BYTES
                                && (read = request.getInputStream().read(buffer)) != -1; ) {
                    dropped += read;
                }
            }
            if (length > MAX_DRAIN_BYTES || dropped > MAX_DRAIN_BYTES) {
                response.setHeader("Connection", "close");
            }
            // a plain page written here: a Faces error page would parse this very request again
            Locale locale = request.getHeader("Accept-Language") != null
                            && "en".equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH
                    : Locale.FRENCH;
            String message =
                    messages.format(locale, "core.upload.requestTooLarge", Uploads.MAX_FILE_BYTES / (1024 * 1024));
            String back = request.getRequestURI();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                            + "<title>Tiers-Lieu Studio</title><link rel=\"stylesheet\" href=\""
                            + request.getContextPath()
                            + "/resources/css/app.css\"></head><body class=\"tl-body tl-public\"><main class=\"tl-public-card\">"
                            + "<p class=\"tl-error-text\" id=\"errorText\">" + EscapeUtils.forHtml(message)
                            + "</p><p><a href=\""
                            + EscapeUtils.forHtmlAttribute(back) + "\">"
                            + EscapeUtils.forHtml(messages.get(locale, "core.upload.back"))
                            + "</a></p></main></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
