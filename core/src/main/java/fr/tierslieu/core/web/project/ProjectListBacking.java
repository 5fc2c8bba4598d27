package fr.tierslieu.core.web.project;

import fr.tierslieu.core.application.project.ProjectService;
import fr.tierslieu.core.domain.project.Project;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The project list, one page at a time. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    private final LazyDataModel<Project> model = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) projects.count();
        }

        @Override
        public List<Project> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return projects.slice(first, Math.max(1, pageSize));
        }

        @Override
        public String getRowKey(Project p) {
            return String.valueOf(p.getId());
        }

        @Override
        public Project getRowData(String rowKey) {
            return projects.get(Long.parseLong(rowKey));
        }
    };

    public LazyDataModel<Project> getModel() {
        return model;
    }
}
