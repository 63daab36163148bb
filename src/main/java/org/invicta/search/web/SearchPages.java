package org.invicta.search.web;

import org.invicta.platform.web.FormErrors;
import org.invicta.search.SearchingPole;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchPages {

    private final SearchingPole searching;

    SearchPages(SearchingPole searching) {
        this.searching = searching;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        FormErrors.none(model);
        model.addAttribute("query", query == null ? "" : query);
        if (query == null) return "search";
        try {
            model.addAttribute("results", searching.search(query));
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
        }
        return "search";
    }
}
