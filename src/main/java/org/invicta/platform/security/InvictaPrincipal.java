package org.invicta.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.invicta.platform.tenancy.ForceMember;
import org.invicta.shared.ForceId;
import org.invicta.shared.UserId;
import org.invicta.shared.VettingLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user, however they signed in (password or their force's identity provider): who they
 * are, their force, roles, privileges and vetting. Authorities are the privileges plus {@code ROLE_x}.
 */
public final class InvictaPrincipal implements UserDetails, OidcUser, ForceMember, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final ForceId force;
    private final String username;
    private final String displayName;
    private final Set<String> roles;
    private final Set<String> privileges;
    private final VettingLevel vetting;
    private final boolean locked;
    private @Nullable String passwordHash;
    private final @Nullable OidcIdToken idToken;

    public InvictaPrincipal(UserId id, ForceId force, String username, String displayName, Set<String> roles,
                            Set<String> privileges, VettingLevel vetting, boolean locked,
                            @Nullable String passwordHash, @Nullable OidcIdToken idToken) {
        this.id = id;
        this.force = force;
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.privileges = Set.copyOf(privileges);
        this.vetting = vetting;
        this.locked = locked;
        this.passwordHash = passwordHash;
        this.idToken = idToken;
    }

    public InvictaPrincipal withIdToken(OidcIdToken token) {
        return new InvictaPrincipal(id, force, username, displayName, roles, privileges, vetting, locked, null, token);
    }

    public UserId id() {
        return id;
    }

    @Override
    public ForceId force() {
        return force;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<String> privileges() {
        return privileges;
    }

    public boolean can(String privilege) {
        return privileges.contains(privilege);
    }

    public VettingLevel vetting() {
        return vetting;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = privileges.stream().map(SimpleGrantedAuthority::new).collect(Collectors.toSet());
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public @Nullable OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InvictaPrincipal that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + force + ")";
    }
}
