package org.invicta.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.invicta.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
@Tag(name = "Me", description = "The signed-in user")
class MeApi {

    private final CurrentUser currentUser;
    private final ForceNames forceNames;

    MeApi(CurrentUser currentUser, ForceNames forceNames) {
        this.currentUser = currentUser;
        this.forceNames = forceNames;
    }

    record Me(String id, String username, String displayName, String force, String forceName, List<String> roles,
              List<String> privileges, String vetting) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who you are signed in as: force, roles, privileges and vetting")
    Me me() {
        var user = currentUser.require();
        return new Me(user.id().toString(), user.getUsername(), user.displayName(), user.force().value(),
                forceNames.of(user.force()), user.roles().stream().sorted().toList(),
                user.privileges().stream().sorted().toList(), user.vetting().name());
    }
}
