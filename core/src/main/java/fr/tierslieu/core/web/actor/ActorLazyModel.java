package fr.tierslieu.core.web.actor;

import fr.tierslieu.core.application.actor.ActorFilter;
import fr.tierslieu.core.application.actor.ActorService;
import fr.tierslieu.core.application.actor.ActorSort;
import fr.tierslieu.core.domain.actor.Actor;
import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The actor table's rows, one page at a time from the database (never the whole registry in
 * memory). Filters come from the page's own filter bar, sorting from the clicked column.
 */
public class ActorLazyModel extends LazyDataModel<Actor> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ActorService service;
    private final transient Supplier<ActorFilter> filter;
    private transient List<Actor> last;

    public ActorLazyModel(ActorService service, Supplier<ActorFilter> filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(filter.get());
    }

    @Override
    public List<Actor> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ActorSort sort = ActorSort.NAME;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            ActorSort parsed = ActorSort.parse(meta.getField());
            sort = parsed == null ? ActorSort.NAME : parsed;
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        last = service.slice(filter.get(), sort, ascending, first, Math.max(1, pageSize));
        return last;
    }

    @Override
    public String getRowKey(Actor actor) {
        return String.valueOf(actor.getId());
    }

    @Override
    public Actor getRowData(String rowKey) {
        if (last != null) {
            for (Actor a : last) {
                if (String.valueOf(a.getId()).equals(rowKey)) {
                    return a;
                }
            }
        }
        try {
            return service.get(Long.parseLong(rowKey));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
