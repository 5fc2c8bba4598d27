/** Pages of the activity and impact panorama: the team's page and the public page it may publish. */
package fr.tierslieu.core.web.impact;
