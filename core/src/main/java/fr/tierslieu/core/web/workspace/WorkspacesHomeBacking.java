package fr.tierslieu.core.web.workspace;

import fr.tierslieu.core.application.security.CurrentUser;
import fr.tierslieu.core.application.workspace.AccompaniedWorkspaces;
import fr.tierslieu.core.application.workspace.WorkspaceSummaries;
import fr.tierslieu.core.domain.security.Role;
import fr.tierslieu.core.web.i18n.Msg;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * The home of a person who takes part in several workspaces — the accompanying consultant first:
 * their workspaces side by side, each with its journey, next meeting, late tasks and engagement.
 */
@Named
@RequestScoped
public class WorkspacesHomeBacking {

    @Inject
    AccompaniedWorkspaces accompanied;

    @Inject
    CurrentUser currentUser;

    @Inject
    Msg msg;

    private AccompaniedWorkspaces.Home home;

    public AccompaniedWorkspaces.Home getHome() {
        if (home == null) {
            home = accompanied.of(currentUser.getUsername(), LocalDate.now());
        }
        return home;
    }

    /** The person's roles in that workspace, in words. */
    public String roles(WorkspaceSummaries.Summary s) {
        return s.roles().stream().sorted().map(r -> msg.label(r)).collect(Collectors.joining(", "));
    }

    public boolean consultant(WorkspaceSummaries.Summary s) {
        return s.roles().contains(Role.CONSULTANT);
    }

    /** The next meeting's date and time in the reader's format. */
    public String when(WorkspaceSummaries.Summary s) {
        return s.nextMeeting() == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(Msg.locale())
                        .format(s.nextMeeting().startsAt());
    }

    public String date(LocalDate d) {
        return msg.date(d);
    }
}
