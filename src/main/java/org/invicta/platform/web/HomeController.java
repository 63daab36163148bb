package org.invicta.platform.web;

import org.invicta.platform.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what this user can do today, nothing they cannot. */
@Controller
class HomeController {

    private final CurrentUser currentUser;
    private final HomeTasks tasks;
    private final ForceNames forceNames;

    HomeController(CurrentUser currentUser, HomeTasks tasks, ForceNames forceNames) {
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.forceNames = forceNames;
    }

    @GetMapping("/")
    String home(Model model) {
        var user = currentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("forceName", forceNames.of(user.force()));
        model.addAttribute("roles", user.roles().stream().sorted().map(HomeTasks::roleTitle).toList());
        model.addAttribute("tasks", tasks.forUser(user));
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    record Task(String path, String title, String description) {
    }
}
