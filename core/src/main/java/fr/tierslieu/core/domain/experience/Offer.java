package fr.tierslieu.core.domain.experience;

/** What a place offers, as the France Tiers-Lieux census and the seed's service offer name them. */
public enum Offer {
    COWORKING,
    FABLAB,
    SHARED_WORKSHOP,
    CAFE,
    EVENTS,
    SEMINARS,
    TRAINING,
    PUBLIC_SERVICES,
    CULTURE,
    FOOD,
    REUSE,
    ACCOMMODATION
}
