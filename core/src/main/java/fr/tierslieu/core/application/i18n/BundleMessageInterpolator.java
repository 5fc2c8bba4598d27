package fr.tierslieu.core.application.i18n;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's messages read in the application's bundles: a constraint whose template names
 * a key of ours ({@code {core.error.tooLong}}, {@code {governance.body.error.quorum}}) says that
 * text, formatted with the constraint's limit ({@code max} or {@code value}); any other template
 * (Bean Validation's own keys, {@code fr.tierslieu.…} in ValidationMessages) is left to the
 * provider's interpolator. Used by {@link Validation} (services) and by the pages' field checks
 * (the Faces BeanValidator, see {@code PageBeanValidation}), so a field says the same either way.
 */
public final class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern BUNDLE_KEY = Pattern.compile("\\{([a-z]+\\.[A-Za-z0-9.]+)}");

    private final MessageBundles bundles;
    private final MessageInterpolator fallback;

    public BundleMessageInterpolator(MessageBundles bundles, MessageInterpolator fallback) {
        this.bundles = bundles;
        this.fallback = fallback;
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        String text =
                fromBundles(bundles, template, context.getConstraintDescriptor().getAttributes(), locale);
        return text != null ? text : fallback.interpolate(template, context, locale);
    }

    /** The bundles' text for {@code template}, or null when it names no key of ours. */
    static String fromBundles(MessageBundles bundles, String template, Map<String, Object> attributes, Locale locale) {
        if (bundles == null || template == null) {
            return null;
        }
        Matcher m = BUNDLE_KEY.matcher(template);
        if (!m.matches() || m.group(1).startsWith("fr.") || m.group(1).startsWith("jakarta.")) {
            return null;
        }
        Locale effective = MessageBundles.supported(locale);
        String text = bundles.get(effective, m.group(1));
        if (text.startsWith("???")) {
            return null; // not one of ours
        }
        Object limit = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        if (limit instanceof String number && number.matches("-?\\d+(\\.\\d+)?")) {
            limit = new java.math.BigDecimal(number);
        }
        return limit == null || !text.contains("{") ? text : bundles.format(effective, m.group(1), limit);
    }
}
