package fr.tierslieu.core.api;

import fr.tierslieu.core.application.i18n.MessageBundles;
import fr.tierslieu.core.application.strategy.MactorService;
import fr.tierslieu.core.domain.shared.MaxMatrix;
import fr.tierslieu.core.domain.shared.ValidationFailure;
import fr.tierslieu.core.domain.strategy.MactorAnalysis;
import fr.tierslieu.core.domain.strategy.MactorInput;
import fr.tierslieu.core.domain.strategy.MactorResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The MACTOR engine for other tools: computes without saving. */
@Path("core/strategy/mactor")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy", description = "Actor strategy analysis (MACTOR)")
public class MactorResource {

    @Inject
    MactorService mactor;

    @Inject
    MessageBundles messages;

    @Context
    HttpHeaders headers;

    /** The analysis to compute; sizes as on the analysis page (at most 80 actors and 60 objectives). */
    public record Request(
            @fr.tierslieu.core.domain.shared.MaxItems(MactorAnalysis.MAX_ACTORS)
            List<String> actors,

            @fr.tierslieu.core.domain.shared.MaxItems(MactorAnalysis.MAX_OBJECTIVES)
            List<String> objectives,

            @MaxMatrix(rows = MactorAnalysis.MAX_ACTORS, columns = MactorAnalysis.MAX_ACTORS)
            int[][] mid,

            @MaxMatrix(rows = MactorAnalysis.MAX_ACTORS, columns = MactorAnalysis.MAX_OBJECTIVES)
            int[][] positions,

            @fr.tierslieu.core.domain.shared.MaxItems(MactorAnalysis.MAX_OBJECTIVES)
            List<Integer> keyObjectives) {}

    public record Matrices(double[][] simple, double[][] valued, double[][] weighted) {
        static Matrices of(MactorResult.Matrices m) {
            return new Matrices(m.simple(), m.valued(), m.weighted());
        }
    }

    public record ObjectiveJson(String objective, double mobilisation, double support, double opposition) {}

    public record Answer(
            List<String> actors,
            List<String> objectives,
            int[][] midi,
            double[] influence,
            double[] dependence,
            double[] ri,
            double[] riStar,
            double[][] mao1,
            double[][] mao3,
            Matrices convergence,
            Matrices divergence,
            double[] mobilisation,
            double[] support,
            double[] opposition,
            List<ObjectiveJson> perObjective,
            List<MactorResult.Weighty> allies,
            List<MactorResult.Weighty> blockers,
            List<MactorResult.Weighty> undecided) {}

    @POST
    @Operation(
            summary = "Compute a MACTOR analysis without saving it",
            description = "mid: n×n direct influences 0–4 (diagonal 0); positions: n×m valued positions −4…+4. "
                    + "Formulas: see the help page /core/strategy/help.xhtml")
    @APIResponse(
            responseCode = "200",
            description =
                    "MIDI, Mi, Di, ri, r*, 1MAO, 3MAO, convergences, divergences, per objective figures; "
                            + "allies, blockers and undecided: actors with r* >= 1 by their stance on the key objectives (keyObjectives, ranks from 0; all when absent)")
    @APIResponse(
            responseCode = "400",
            description = "Malformed input; each error names the field or cell (e.g. mid[2][3])")
    public Answer compute(Request body) {
        Locale locale = ApiLocale.of(headers);
        if (body == null) {
            throw ValidationFailure.of(null, messages.get(locale, "core.api.error.noBodyMactor"));
        }
        MactorResult r =
                mactor.compute(new MactorInput(body.actors(), body.objectives(), body.mid(), body.positions()), locale);
        List<ObjectiveJson> per = new java.util.ArrayList<>();
        for (int j = 0; j < body.objectives().size(); j++) {
            per.add(new ObjectiveJson(
                    body.objectives().get(j), r.mobilisation()[j], r.support()[j], r.opposition()[j]));
        }
        boolean[] key = keyObjectives(body, locale);
        return new Answer(
                body.actors(),
                body.objectives(),
                r.midi(),
                r.influence(),
                r.dependence(),
                r.ri(),
                r.riStar(),
                r.mao1(),
                r.mao3(),
                Matrices.of(r.convergence()),
                Matrices.of(r.divergence()),
                r.mobilisation(),
                r.support(),
                r.opposition(),
                per,
                r.weighing(key, 1),
                r.weighing(key, -1),
                r.weighing(key, 0));
    }

    /** The key objectives by their rank (from 0); all of them when the request names none. */
    private boolean[] keyObjectives(Request body, Locale locale) {
        boolean[] key = new boolean[body.objectives().size()];
        if (body.keyObjectives() == null || body.keyObjectives().isEmpty()) {
            java.util.Arrays.fill(key, true);
            return key;
        }
        for (int k = 0; k < body.keyObjectives().size(); k++) {
            Integer j = body.keyObjectives().get(k);
            if (j == null || j < 0 || j >= key.length) {
                throw ValidationFailure.of(
                        "keyObjectives[" + k + "]",
                        messages.format(locale, "core.api.error.keyObjective", String.valueOf(j), key.length - 1));
            }
            key[j] = true;
        }
        return key;
    }
}
