package fr.tierslieu.core.application.project;

import static fr.tierslieu.core.application.i18n.Validation.REQUIRED;
import static fr.tierslieu.core.application.i18n.Validation.TOO_LONG;

import fr.tierslieu.core.domain.project.Finding;
import fr.tierslieu.core.domain.project.FindingKind;
import fr.tierslieu.core.domain.project.NeedKind;
import fr.tierslieu.core.domain.project.ProjectNeed;
import fr.tierslieu.core.domain.project.ProjectPartner;
import fr.tierslieu.core.domain.project.ProjectResource;
import fr.tierslieu.core.domain.project.Raci;
import fr.tierslieu.core.domain.project.ResourceKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The small forms of a project's page (a partner, a resource, a need, a finding) with their limits,
 * checked by Bean Validation ({@link fr.tierslieu.core.application.i18n.Validation}) with the
 * bundles' messages; each component is named as the page's field.
 */
final class ProjectForms {
    private static final String AMOUNT = "{core.project.error.amount}";
    /** The largest amount in euros a project's resource or need may hold. */
    static final String AMOUNT_MAX = "999999999999";

    private ProjectForms() {}

    static final class Partner {

        @NotBlank(message = REQUIRED)
        @Size(max = ProjectPartner.RESPONSIBILITY_MAX, message = TOO_LONG)
        private final String responsibility;

        @NotNull(message = REQUIRED)
        private final Raci raci;

        Partner(String responsibility, Raci raci) {

            this.responsibility = responsibility;

            this.raci = raci;
        }
    }

    static final class Resource {

        @NotNull(message = REQUIRED)
        private final ResourceKind resourceKind;

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = AMOUNT)
        @DecimalMax(value = AMOUNT_MAX, message = AMOUNT)
        @Digits(integer = 12, fraction = 2, message = AMOUNT)
        private final BigDecimal amount;

        @Size(max = ProjectResource.DESCRIPTION_MAX, message = TOO_LONG)
        private final String resourceDescription;

        Resource(ResourceKind resourceKind, BigDecimal amount, String resourceDescription) {

            this.resourceKind = resourceKind;

            this.amount = amount;

            this.resourceDescription = resourceDescription;
        }
    }

    static final class Need {

        @NotNull(message = REQUIRED)
        private final NeedKind needKind;

        @NotBlank(message = REQUIRED)
        @Size(max = ProjectNeed.DESCRIPTION_MAX, message = TOO_LONG)
        private final String needDescription;

        @DecimalMin(value = "0", message = AMOUNT)
        @DecimalMax(value = AMOUNT_MAX, message = AMOUNT)
        @Digits(integer = 12, fraction = 2, message = AMOUNT)
        private final BigDecimal needAmount;

        @Min(value = 0, message = "{core.project.need.error.days}")
        @Max(value = 10_000, message = "{core.project.need.error.days}")
        private final Integer needDays;

        Need(NeedKind needKind, String needDescription, BigDecimal needAmount, Integer needDays) {

            this.needKind = needKind;

            this.needDescription = needDescription;

            this.needAmount = needAmount;

            this.needDays = needDays;
        }
    }

    static final class FindingForm {

        @NotNull(message = REQUIRED)
        private final FindingKind findingKind;

        @NotBlank(message = REQUIRED)
        @Size(max = Finding.TEXT_MAX, message = TOO_LONG)
        private final String findingText;

        FindingForm(FindingKind findingKind, String findingText) {

            this.findingKind = findingKind;

            this.findingText = findingText;
        }
    }
}
