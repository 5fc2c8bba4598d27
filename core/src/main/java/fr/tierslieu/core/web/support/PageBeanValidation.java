package fr.tierslieu.core.web.support;

import fr.tierslieu.core.application.i18n.BundleMessageInterpolator;
import fr.tierslieu.core.application.i18n.MessageBundles;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.BeanValidator;
import jakarta.validation.Configuration;
import jakarta.validation.ValidatorFactory;

/**
 * When the application starts: the Faces BeanValidator, which checks each field bound to a
 * constrained property (a draft's {@code @NotBlank(message = "{core.error.required}")}), gets a
 * validator factory whose messages come from the bundles ({@link BundleMessageInterpolator}), so a
 * field refused by the page says « Champ obligatoire. » — the service's words — and not the raw
 * template. Faces reads the factory from the application map ({@link BeanValidator#VALIDATOR_FACTORY_KEY}).
 */
public class PageBeanValidation implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }

    @Override
    public void processEvent(SystemEvent event) {
        MessageBundles bundles = CDI.current().select(MessageBundles.class).get();
        Configuration<?> configuration =
                jakarta.validation.Validation.byDefaultProvider().configure();
        ValidatorFactory factory = configuration
                .messageInterpolator(
                        new BundleMessageInterpolator(bundles, configuration.getDefaultMessageInterpolator()))
                .buildValidatorFactory();
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getApplicationMap()
                .put(BeanValidator.VALIDATOR_FACTORY_KEY, factory);
    }
}
