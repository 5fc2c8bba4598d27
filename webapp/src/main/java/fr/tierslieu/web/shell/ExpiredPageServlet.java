package fr.tierslieu.web.shell;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a page posted without what its script adds (PrimeFaces' CSP nonce: a form sent with
 * JavaScript off) or after its view expired ends (web.xml maps both exceptions here): the visitor
 * is sent back to the same page, freshly loaded, which says why ({@code ?expired=1}). Not a Faces
 * page: the failed request's parameters would make Faces fail again while rendering it.
 */
@WebServlet(name = "ExpiredPageServlet", urlPatterns = "/page-expired")
public class ExpiredPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String target = uri instanceof String s
                        && s.startsWith(request.getContextPath() + "/")
                        && !s.contains("//")
                        && !s.endsWith("/page-expired")
                ? s
                : request.getContextPath() + "/index.xhtml";
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target + "?expired=1");
        response.setHeader("Cache-Control", "no-store");
    }
}
