package fr.tierslieu.studytrip.web;

import fr.tierslieu.studytrip.application.TripService;
import fr.tierslieu.studytrip.domain.Trip;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The study trips of a project, on the project's page (ProjectTab); read once per request. */
@Named
@RequestScoped
public class TripsOfProject {

    @Inject
    TripService trips;

    private final Map<Long, List<Trip>> byProject = new HashMap<>();

    public List<Trip> trips(Long projectId) {
        return projectId == null ? List.of() : byProject.computeIfAbsent(projectId, trips::tripsOf);
    }
}
