package fr.tierslieu.governance.web;

import fr.tierslieu.core.application.Choice;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** Actor names by id, read once per view from the core's registry (the module keeps only ids). */
final class Names implements LongFunction<String>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<Long, String> byId = new HashMap<>();

    Names(List<Choice> choices) {
        choices.forEach(c -> byId.put(c.id(), c.label()));
    }

    @Override
    public String apply(long id) {
        return byId.getOrDefault(id, "#" + id);
    }
}
