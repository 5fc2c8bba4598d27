package fr.tierslieu.archalpha;

import fr.tierslieu.archbeta.BetaService;

/** Test fixture: a class of one pretend module ("archalpha") using another pretend module (forbidden). */
public class AlphaService {

    public String call() {
        return new BetaService().toString();
    }
}
