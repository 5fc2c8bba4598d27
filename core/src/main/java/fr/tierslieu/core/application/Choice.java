package fr.tierslieu.core.application;

import java.io.Serializable;

/** An id and what to show for it, for pickers (select menus) that must not load whole entities. */
public record Choice(long id, String label) implements Serializable {}
