/**
 * The webapp: the shell around every module's pages (layout, menu and dashboard built from the
 * modules' contributions, login, language switch, error pages), the data source, the HTTP
 * authentication mechanism, security headers, health. It knows no module: only its pom lists them.
 */
package fr.tierslieu.web;
