package fr.tierslieu.governance.application;

import fr.tierslieu.core.module.DemoDataProvider;
import fr.tierslieu.governance.GovernanceModule;
import fr.tierslieu.governance.domain.GovernanceProfile;
import fr.tierslieu.governance.domain.LegalForm;
import fr.tierslieu.governance.domain.VotingCollege;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/**
 * Demo: Atelier Z, an association, studies a move to a SCIC (SAS) with five colleges (illustrative
 * weights, within the legal 10–50 %).
 */
@ApplicationScoped
public class GovernanceDemoData implements DemoDataProvider {

    @PersistenceContext(unitName = "governance")
    EntityManager em;

    public GovernanceDemoData() {
    }

    public GovernanceDemoData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String moduleId() {
        return GovernanceModule.ID;
    }

    @Override
    public void load() {
        GovernanceProfile profile = new GovernanceProfile();
        profile.define(LegalForm.SCIC_SAS, List.of(
                new VotingCollege("Fondateurs", new BigDecimal("30"), "Les porteurs historiques d’Atelier Z"),
                new VotingCollege("Usagers", new BigDecimal("20"), "Fablab, coworking, public des soirées"),
                new VotingCollege("Salariés", new BigDecimal("10"), null),
                new VotingCollege("Partenaires privés", new BigDecimal("20"), "Entreprises et associations partenaires"),
                new VotingCollege("Collectivités", new BigDecimal("20"), "Commune de Névez, agglomération")));
        em.persist(profile);
        em.flush();
    }
}
