package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.actor.PersonalDataService;
import fr.tierslieu.core.web.i18n.Msg;

/** The sentence that confirms an erasure, with what was kept and why. */
public final class ErasureMessages {

    private ErasureMessages() {}

    public static String of(Msg msg, PersonalDataService.Erasure e) {
        if (e.nameKept()) {
            return msg.format2("core.privacy.erasedKept", e.name(), String.join(", ", e.keptFor()));
        }
        return msg.format("core.privacy.erased", e.name());
    }
}
