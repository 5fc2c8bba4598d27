/**
 * Pages of the economic model: the list, and the model page with one bean per tab (assumptions in
 * {@code ModelBacking}, forecast, scenarios, risk, actual figures) and the selects' choices.
 */
package fr.tierslieu.economy.web;
