package org.invicta.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed sign-in back to the sign-in page with the reason, and never a hint of which part was wrong. */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    private final SigningIn signingIn;

    SignInFailures(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        var username = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException || (username != null && signingIn.isLocked(username))) reason = "locked";
        else if (exception instanceof OAuth2AuthenticationException oauth)
            reason = ForceIdentityProviderUsers.NO_ACCOUNT.equals(oauth.getError().getErrorCode())
                    ? "no-account" : "identity-provider";
        else reason = "credentials";
        response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?error=" + reason);
    }
}
