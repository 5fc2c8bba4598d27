package fr.tierslieu.core.web.admin;

import fr.tierslieu.core.application.security.UserService;
import fr.tierslieu.core.web.i18n.Msg;

/** The sentence that confirms an invitation: sent by e-mail, or made (its link to hand over). */
public final class InvitationMessages {

    private InvitationMessages() {}

    public static String of(Msg msg, UserService.Invitation invitation) {
        return msg.format2(
                invitation.mailed() ? "core.invitation.sent" : "core.invitation.created",
                invitation.user().getDisplayName(),
                invitation.user().getEmail());
    }
}
