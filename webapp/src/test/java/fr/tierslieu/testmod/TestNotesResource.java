package fr.tierslieu.testmod;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The test module's REST resource, under /api/testmod like any module's. */
@Path("testmod/notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestNotesResource {

    @Inject
    TestNotes notes;

    @POST
    public Map<String, Object> add(@QueryParam("actorId") long actorId) {
        notes.add(actorId, "note");
        return Map.of("count", notes.count(actorId));
    }

    @Inject
    TestRoadmap roadmap;

    /** Publishes a finding and a suggested task; {@code fail=true} suggests an invalid task, so both roll back. */
    @POST
    @Path("publish")
    public Map<String, Object> publish(
            @QueryParam("projectId") long projectId, @QueryParam("ref") String ref, @QueryParam("fail") boolean fail) {
        roadmap.publish(projectId, ref, fail);
        return Map.of("published", ref);
    }

    @GET
    public Map<String, Object> count(@QueryParam("actorId") long actorId) {
        return Map.of("count", notes.count(actorId), "deletedSeen", TestNotes.DELETED.contains(actorId));
    }
}
