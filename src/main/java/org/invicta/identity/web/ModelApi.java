package org.invicta.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.invicta.identity.PersonMatching;
import org.invicta.platform.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@ApiController
@RequestMapping("/api/v1/identity")
@Tag(name = "Identity", description = "How the matcher scores two records of a person")
class ModelApi {

    private final PersonMatching matching;

    ModelApi(PersonMatching matching) {
        this.matching = matching;
    }

    record ModelView(String version, String source, double strongMatchFrom, List<PersonMatching.Parameter> parameters) {
    }

    @GetMapping("/model")
    @Operation(summary = "The matcher's versioned parameters: for each comparison level, m = P(level | one person), "
            + "u = P(level | two people) and the weight log2(m/u) it adds to a match")
    ModelView model() {
        return new ModelView(matching.modelVersion(), "identity/person-match-model.csv, learnt by ./invicta identity link --model",
                PersonMatching.STRONG, matching.parameters());
    }
}
