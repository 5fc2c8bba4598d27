package fr.tierslieu.core.module;

import java.util.List;

/**
 * Implemented (as a CDI bean) by a module that has a step in the « Pour commencer » checklist of
 * a new installation. Called when a signed-in user opens the dashboard, at most once per request:
 * answer with a count query or two, not more.
 */
public interface GettingStartedContributor {

    List<GettingStartedStep> gettingStarted();
}
