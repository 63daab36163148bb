package org.invicta.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.invicta.shared.ForceId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST, the lockout and the session. */
@Controller
class SignInController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final ForceNames forceNames;
    private final MessageSource messages;

    SignInController(ObjectProvider<ClientRegistrationRepository> identityProviders, ForceNames forceNames,
                     MessageSource messages) {
        this.identityProviders = identityProviders;
        this.forceNames = forceNames;
        this.messages = messages;
    }

    record IdentityProvider(String id, String name) {
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) @Nullable String error,
                  @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
                  @RequestParam(name = "timed-out", required = false) @Nullable String timedOut,
                  @RequestParam(name = "account-changed", required = false) @Nullable String accountChanged, Model model) {
        var errors = new ArrayList<FieldProblem>();
        if (error != null) {
            var key = switch (error) {
                case "locked" -> "signin.error.locked";
                case "no-account" -> "signin.error.no-account";
                case "identity-provider" -> "signin.error.identity-provider";
                default -> "signin.error.credentials";
            };
            errors.add(new FieldProblem("username", messages.getMessage(key, null, LocaleContextHolder.getLocale())));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("username", "");
        model.addAttribute("notice", signedOut != null ? "signin.signed-out" : timedOut != null ? "signin.timed-out"
                : accountChanged != null ? "signin.account-changed" : null);
        model.addAttribute("identityProviders", providers());
        return "sign-in";
    }

    private List<IdentityProvider> providers() {
        var repository = identityProviders.getIfAvailable();
        var providers = new ArrayList<IdentityProvider>();
        if (repository instanceof Iterable<?> registrations)
            for (var registration : registrations)
                if (registration instanceof ClientRegistration client)
                    providers.add(new IdentityProvider(client.getRegistrationId(),
                            forceNames.of(ForceId.of(client.getRegistrationId()))));
        return providers;
    }
}
