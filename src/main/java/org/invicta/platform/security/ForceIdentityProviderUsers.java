package org.invicta.platform.security;

import org.invicta.shared.ForceId;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a user signed in by their force's OpenID Connect provider to their Invicta account. Each
 * provider is registered under its force's id ({@code spring.security.oauth2.client.registration.kent.*}),
 * so an identity asserted by Kent's provider can only ever be a Kent account.
 */
@Component
class ForceIdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "no_invicta_account";

    private final OidcUserService provider = new OidcUserService();
    private final SigningIn signingIn;

    ForceIdentityProviderUsers(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var asserted = provider.loadUser(request);
        var force = ForceId.of(request.getClientRegistration().getRegistrationId());
        var preferred = asserted.getPreferredUsername() == null ? asserted.getSubject() : asserted.getPreferredUsername();
        return signingIn.byIdentityProvider(force, asserted.getSubject(), preferred)
                .map(account -> account.withIdToken(asserted.getIdToken()))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT,
                        "no " + force + " account is linked to this identity", null)));
    }
}
