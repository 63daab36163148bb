package org.invicta.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** RFC 9457 problem responses for an API request refused before it reaches a controller. */
final class ProblemEntryPoints {

    private ProblemEntryPoints() {
    }

    static void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Invicta\"");
        write(response, 401, "/problems/unauthenticated", "Sign in required",
                e instanceof org.springframework.security.authentication.LockedException
                        ? "this account is locked after repeated failed sign-ins; try again later"
                        : "send a valid username and password (HTTP Basic) or a session cookie");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "/problems/forbidden", "Forbidden", "your roles do not allow this request");
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
