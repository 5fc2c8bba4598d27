package fr.tierslieu.core.application.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.experience.ExperienceService;
import fr.tierslieu.core.application.journey.JourneyService;
import fr.tierslieu.core.application.meeting.MeetingService;
import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.application.project.WorkshopService;
import fr.tierslieu.core.application.roadmap.RoadmapService;
import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.application.workspace.WorkspaceService;
import fr.tierslieu.core.domain.actor.Visibility;
import fr.tierslieu.core.domain.security.Role;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The accompanying consultant (issue 20): in the workspaces they accompany they edit the journey,
 * the meetings, the findings, MACTOR and the roadmap — every change those services allow a
 * contributor — and nothing else; the network's administrator creates and staffs workspaces.
 */
class ConsultantRightsTest {

    @Test
    void theConsultantEditsTheJourneyMeetingsMactorAndRoadmapLikeAContributor() {
        for (Class<?> service :
                List.of(JourneyService.class, MeetingService.class, RoadmapService.class, MactorService.class)) {
            List<Method> guarded = guarded(service);
            assertThat(guarded).as(service.getSimpleName()).isNotEmpty();
            for (Method m : guarded) {
                assertThat(roles(m))
                        .as(service.getSimpleName() + "." + m.getName())
                        .contains(Role.CONSULTANT);
            }
        }
    }

    @Test
    void inAProjectTheConsultantEditsTheFindingsOnly() {
        List<String> granted = guarded(ProjectService.class).stream()
                .filter(m -> roles(m).contains(Role.CONSULTANT))
                .map(Method::getName)
                .distinct()
                .sorted()
                .toList();
        assertThat(granted).containsExactly("addFinding", "removeFinding", "setResolved");
        for (Class<?> other : List.of(ActorService.class, WorkshopService.class, ExperienceService.class)) {
            assertThat(guarded(other)).as(other.getSimpleName()).noneMatch(m -> roles(m).contains(Role.CONSULTANT));
        }
    }

    @Test
    void theNetworkAdministratorCreatesAndStaffsWorkspaces() {
        for (String name : List.of("create", "addMember", "removeMember")) {
            Method m = Arrays.stream(WorkspaceService.class.getDeclaredMethods())
                    .filter(x -> x.getName().equals(name))
                    .findFirst()
                    .orElseThrow();
            assertThat(roles(m)).as(name).contains(Role.NETWORK_ADMIN, Role.ADMIN);
        }
    }

    @Test
    void theConsultantReadsWhatTheBoardReads() {
        assertThat(Visibility.BOARD.allows(Set.of(Role.CONSULTANT))).isTrue();
        assertThat(Visibility.PARTNERS.allows(Set.of(Role.CONSULTANT))).isTrue();
        assertThat(Visibility.TEAM.allows(Set.of(Role.CONSULTANT))).isFalse();
    }

    private static List<Method> guarded(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getAnnotation(RequiresRole.class) != null
                        && m.getAnnotation(RequiresRole.class).value().length > 0)
                .toList();
    }

    private static List<Role> roles(Method m) {
        return List.of(m.getAnnotation(RequiresRole.class).value());
    }
}
