package fr.tierslieu.archalpha.domain;

import fr.tierslieu.archalpha.web.QueryingPage;

/** Test fixture: a domain class that depends on a page (what the architecture rules refuse). */
public class RuleThatKnowsItsPage {

    QueryingPage page;
}
