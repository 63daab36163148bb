package org.invicta.audit.web;

import java.util.UUID;
import org.invicta.audit.AuditQueries;
import org.invicta.platform.security.UserDirectory;
import org.invicta.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's two questions, and every user's own access history. */
@Controller
class AuditPages {

    private final AuditQueries queries;
    private final UserDirectory directory;

    AuditPages(AuditQueries queries, UserDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) @Nullable String recordType,
                  @RequestParam(required = false) @Nullable String recordId,
                  @RequestParam(required = false) @Nullable String username, Model model) {
        FormErrors.none(model);
        model.addAttribute("recordTypes", queries.recordTypes());
        model.addAttribute("recordType", recordType == null ? "person" : recordType);
        model.addAttribute("recordId", recordId == null ? "" : recordId.trim());
        model.addAttribute("username", username == null ? "" : username.trim());
        if (recordId != null && !recordId.isBlank()) {
            model.addAttribute("question", "Who has used " + recordType + " " + recordId.trim());
            model.addAttribute("events", queries.actsOnRecord(recordType == null ? "person" : recordType, recordId.trim()));
        } else if (username != null && !username.isBlank()) {
            var user = directory.idOf(username);
            if (user.isEmpty()) FormErrors.of(model, "username", "There is no user called " + username.trim() + " in your force");
            else {
                model.addAttribute("question", "What " + username.trim() + " has done with personal data");
                model.addAttribute("events", queries.actsBy(user.get().value()));
            }
        } else if (recordId != null || username != null) {
            FormErrors.of(model, "recordId", "Enter a record's id or a username");
        }
        return "audit/search";
    }

    @GetMapping("/audit/users/{id}")
    String user(@PathVariable UUID id, Model model) {
        FormErrors.none(model);
        model.addAttribute("recordTypes", queries.recordTypes());
        model.addAttribute("recordType", "person");
        model.addAttribute("recordId", "");
        model.addAttribute("username", "");
        model.addAttribute("question", "What this user has done with personal data");
        model.addAttribute("events", queries.actsBy(id));
        return "audit/search";
    }

    @GetMapping("/my/history")
    String myHistory(Model model) {
        model.addAttribute("events", queries.myHistory());
        return "audit/my-history";
    }
}
