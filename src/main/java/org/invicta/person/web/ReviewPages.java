package org.invicta.person.web;

import java.util.UUID;
import org.invicta.person.MergingPeople;
import org.invicta.person.PersonCodes;
import org.invicta.person.PersonId;
import org.invicta.person.ReviewingDuplicates;
import org.invicta.platform.web.FormErrors;
import org.invicta.shared.ConcurrentChange;
import org.invicta.shared.InvalidField;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The duplicate review: the queue, two records side by side, merge, not the same, and undo. */
@Controller
class ReviewPages {

    private final ReviewingDuplicates reviewing;
    private final MergingPeople merging;
    private final PersonCodes codes;

    ReviewPages(ReviewingDuplicates reviewing, MergingPeople merging, PersonCodes codes) {
        this.reviewing = reviewing;
        this.merging = merging;
        this.codes = codes;
    }

    @GetMapping("/people/review")
    String queue(Model model) {
        model.addAttribute("pairs", reviewing.queue());
        return "people/review";
    }

    @PostMapping("/people/review/scan")
    String scan(RedirectAttributes redirect) {
        var queued = reviewing.scan();
        redirect.addFlashAttribute("confirmation", queued == 1 ? "1 new possible duplicate found" : queued + " new possible duplicates found");
        return "redirect:/people/review";
    }

    @GetMapping("/people/review/compare")
    String compare(@RequestParam(required = false) @Nullable UUID a, @RequestParam(required = false) @Nullable UUID b, Model model) {
        FormErrors.none(model);
        return comparison(model, a, b, null);
    }

    record MergeForm(@Nullable UUID a, @Nullable UUID b, @Nullable Integer aVersion, @Nullable Integer bVersion, @Nullable String keep, @Nullable String reason,
                     @Nullable Double probability) {
    }

    @PostMapping("/people/merges")
    String merge(MergeForm form, Model model, RedirectAttributes redirect) {
        var keepB = "b".equals(form.keep());
        if (form.keep() == null) {
            FormErrors.of(model, new InvalidField("keep", "Select the record to keep"));
            return comparison(model, form.a(), form.b(), form);
        }
        try {
            var merged = keepB
                    ? merging.merge(PersonId.orNull(form.b()), form.bVersion(), PersonId.orNull(form.a()), form.aVersion(), form.reason(), form.probability())
                    : merging.merge(PersonId.orNull(form.a()), form.aVersion(), PersonId.orNull(form.b()), form.bVersion(), form.reason(), form.probability());
            redirect.addFlashAttribute("confirmation", "Records merged: the other record is kept and can be separated again");
            return "redirect:/people/" + merged.survivor().id();
        } catch (InvalidField problem) {
            FormErrors.of(model, problem);
            return comparison(model, form.a(), form.b(), form);
        } catch (ConcurrentChange conflict) {
            FormErrors.of(model, new InvalidField("keep", "One of these records was changed while you compared them: check them again before merging"));
            return comparison(model, form.a(), form.b(), null);
        }
    }

    @PostMapping("/people/review/not-the-same")
    String notTheSame(@RequestParam(required = false) @Nullable UUID a, @RequestParam(required = false) @Nullable UUID b,
                      RedirectAttributes redirect) {
        reviewing.notTheSamePerson(PersonId.orNull(a), PersonId.orNull(b));
        redirect.addFlashAttribute("confirmation", "Recorded as different people: this pair will not be offered again");
        return "redirect:/people/review";
    }

    @PostMapping("/people/merges/{id}/undo")
    String undo(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
                @RequestParam(required = false) @Nullable UUID from, RedirectAttributes redirect) {
        try {
            merging.unmerge(id, reason);
            redirect.addFlashAttribute("confirmation", "Merge undone: both records are as they were");
        } catch (InvalidField problem) {
            redirect.addFlashAttribute("undoProblem", problem.rule());
        }
        return from == null ? "redirect:/people/review" : "redirect:/people/" + from;
    }

    private String comparison(Model model, @Nullable UUID a, @Nullable UUID b, @Nullable MergeForm form) {
        model.addAttribute("pair", reviewing.compare(PersonId.orNull(a), PersonId.orNull(b)));
        model.addAttribute("form", form);
        model.addAttribute("codes", codes);
        return "people/compare";
    }
}
