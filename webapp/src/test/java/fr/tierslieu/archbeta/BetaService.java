package fr.tierslieu.archbeta;

/** Test fixture: the pretend module "archbeta", which "archalpha" must not use. */
public class BetaService {}
